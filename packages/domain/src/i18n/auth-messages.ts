import type { Catalogue } from './languages.ts';

export const authMessages: Catalogue = {
  'auth.invalid_credentials': {
    fr: 'Adresse e-mail ou mot de passe incorrect.',
    nl: 'Onjuist e-mailadres of wachtwoord.',
    en: 'Incorrect e-mail address or password.',
    de: 'E-Mail-Adresse oder Passwort falsch.',
  },
  'auth.rate_limited': {
    fr: 'Trop de tentatives. Réessayez dans {minutes} minutes.',
    nl: 'Te veel pogingen. Probeer opnieuw over {minutes} minuten.',
    en: 'Too many attempts. Try again in {minutes} minutes.',
    de: 'Zu viele Versuche. Versuchen Sie es in {minutes} Minuten erneut.',
  },
  'auth.totp_required': {
    fr: "Entrez le code à 6 chiffres de votre application d'authentification.",
    nl: 'Voer de 6-cijferige code van uw authenticatie-app in.',
    en: 'Enter the 6-digit code from your authenticator app.',
    de: 'Geben Sie den 6-stelligen Code Ihrer Authentifizierungs-App ein.',
  },
  'auth.totp_invalid': {
    fr: 'Ce code ne correspond pas.',
    nl: 'Deze code klopt niet.',
    en: 'This code does not match.',
    de: 'Dieser Code stimmt nicht.',
  },
  'auth.totp_enrolment_required': {
    fr: "Le personnel doit activer la double authentification avant d'accéder à cet espace.",
    nl: 'Personeel moet tweestapsverificatie activeren voor toegang tot deze ruimte.',
    en: 'Staff must turn on two-factor authentication before using this area.',
    de: 'Mitarbeitende müssen die Zwei-Faktor-Authentifizierung aktivieren, bevor sie diesen Bereich nutzen.',
  },
  'auth.reset_token_invalid': {
    fr: 'Ce lien de réinitialisation est invalide ou expiré.',
    nl: 'Deze herstellink is ongeldig of verlopen.',
    en: 'This reset link is invalid or has expired.',
    de: 'Dieser Link zum Zurücksetzen ist ungültig oder abgelaufen.',
  },
  'auth.password_weak': {
    fr: 'Le mot de passe doit compter au moins {min} caractères.',
    nl: 'Het wachtwoord moet minstens {min} tekens bevatten.',
    en: 'The password must have at least {min} characters.',
    de: 'Das Passwort muss mindestens {min} Zeichen haben.',
  },
  'auth.email_taken': {
    fr: 'Un compte existe déjà avec cette adresse e-mail.',
    nl: 'Er bestaat al een account met dit e-mailadres.',
    en: 'An account already exists with this e-mail address.',
    de: 'Mit dieser E-Mail-Adresse besteht bereits ein Konto.',
  },
};
