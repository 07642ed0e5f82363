import { DomainError } from '../errors.ts';

/** A proxy: the giver lets the holder cast the giver's vote. */
export interface ProxyGrant {
  giverId: string;
  holderId: string;
}

/**
 * Checks a new proxy against those already given for the same vote. A member gives at most one proxy;
 * no chains (a holder cannot give their own vote away, a giver cannot hold others' votes); a holder
 * holds at most `maxPerHolder` proxies (statutes). Eligibility of both and "has not voted yet" are
 * checked by the caller, who knows the register and the participation.
 */
export function checkProxy(proxy: ProxyGrant, existing: readonly ProxyGrant[], maxPerHolder: number): void {
  if (proxy.giverId === proxy.holderId) throw DomainError.field('holderId', 'governance.proxy.self');
  if (existing.some((p) => p.giverId === proxy.giverId))
    throw DomainError.conflict('governance.proxy.already_given');
  if (existing.some((p) => p.giverId === proxy.holderId))
    throw DomainError.field('holderId', 'governance.proxy.chain');
  if (existing.some((p) => p.holderId === proxy.giverId))
    throw DomainError.conflict('governance.proxy.giver_holds_proxies');
  const held = existing.filter((p) => p.holderId === proxy.holderId).length;
  if (held >= maxPerHolder)
    throw DomainError.field('holderId', 'governance.proxy.too_many', { max: maxPerHolder });
}

/** Checks a whole set of proxies (e.g. after an import): returns the codes of the problems found. */
export function proxyProblems(proxies: readonly ProxyGrant[], maxPerHolder: number): string[] {
  const problems: string[] = [];
  const accepted: ProxyGrant[] = [];
  for (const p of proxies) {
    try {
      checkProxy(p, accepted, maxPerHolder);
      accepted.push(p);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(error.issues[0]?.code ?? error.code);
    }
  }
  return problems;
}
