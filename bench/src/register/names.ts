/**
 * Small lists of real first names, last names and places of Belgium and its neighbours, most common
 * first, and particles, roots and endings that make the long tail of rarer last names. Combined with
 * Zipf-like weights they give a register in which a search for "Peeters" or "Dubois" finds a few
 * hundred people, a rarer name a handful, and an invented one nobody: as in the real register of a
 * cooperative of 100,000 members living mostly in Brussels, Flanders and Wallonia.
 */

const list = (text: string) => text.split(',').map((s) => s.trim());

export type Origin = 'flemish' | 'walloon' | 'french' | 'dutch' | 'german' | 'diverse';

export const LAST_NAMES: Record<Origin, string[]> = {
  flemish: list(
    'Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Vermeulen, Pauwels, ' +
      'Hermans, Aerts, Michiels, Lambrechts, Desmet, Smets, Claeys, Verstraete, Van Damme, De Backer, Stevens, ' +
      'Declercq, Martens, Van de Velde, Verhoeven, Segers, Cools, Van den Broeck, De Clercq, Bogaert, Leemans, ' +
      'Wuyts, Vandenberghe, Hendrickx, Coppens, Van Dyck, De Vos, Vos, Thys, Verbeke, Mahieu, Verschueren, ' +
      'Engels, Dewulf, Baert, Van Hoof, Geerts, Lemmens, Van Acker, De Meyer, Verlinden, Buysse, Vandamme',
  ),
  walloon: list(
    'Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leclercq, Dumont, Lejeune, Renard, Denis, Lemaire, ' +
      'Collard, Michel, François, Leroy, Gérard, Hubert, Mathieu, Noël, Lecocq, Wauters, Gilson, Henrard, ' +
      'Pirard, Charlier, Lefèbvre, Fontaine, Rémy, Delvaux, Dethier, Jacquet, Piette, Hardy, Marchal, Léonard, ' +
      'Gillet, Bastin, Lemoine, Legrand, Closset, Hanquet, Massart, Thiry, Collignon',
  ),
  french: list(
    'Bernard, Thomas, Petit, Robert, Richard, Durand, Moreau, Girard, Rousseau, Vincent, Fournier, Morel, ' +
      'Garnier, Faure, Mercier, Blanc, Guérin, Boyer, Chevalier, Roux, Lefebvre, Bonnet, André',
  ),
  dutch: list(
    'De Jong, Jansen, De Vries, Van den Berg, Bakker, Visser, Smit, Meijer, De Boer, Mulder, De Groot, Bos, ' +
      'Hendriks, Van Dijk, Dekker, Brouwer, Van Leeuwen',
  ),
  german: list(
    'Schmitz, Kessler, Müller, Lambertz, Cremer, Mertes, Heck, Jost, Thönnissen, Kohnen, Schröder',
  ),
  diverse: list(
    'El Amrani, Benali, El Idrissi, Bouzid, Yilmaz, Kaya, Demir, Rossi, Esposito, Russo, Nowak, Kowalski, ' +
      'Diallo, Mbala, Nguyen, Fernandes, Garcia, Lopez, Popescu, Ahmadi, Ben Said, Aydin, Romano, Mukendi, ' +
      'Silva, Kabongo, Haddad, Öztürk, Ferrari, Wiśniewski',
  ),
};

/**
 * The long tail: most people do not bear one of the few hundred most common names. Real registers have
 * tens of thousands of distinct last names; combining particles, roots and endings of each language
 * (Van den + Broeck, Le + Maire + t, Kowal + ski...) gives thousands of plausible ones, each rare.
 */
export interface TailPattern {
  weight: number;
  prefixes: string[];
  roots: string[];
  endings: string[];
}

export const LAST_NAME_TAILS: Record<Origin, TailPattern[]> = {
  flemish: [
    {
      weight: 70,
      prefixes: ['', '', 'Van ', 'Van de ', 'Van den ', 'Vanden', 'Vande', 'De ', 'Ver'],
      roots: list(
        'Broeck, Velde, Acker, Bossche, Hove, Steen, Linden, Berghe, Wiele, Kerckhove, Poel, Meersch, Eynde, ' +
          'Hecke, Put, Straeten, Bruggen, Dijck, Goethem, Mol, Heuvel, Kerckhof, Hoecke, Leemput, Moortel, ' +
          'Plas, Raemdonck, Rooy, Schoor, Sande, Vyver, Walle, Wynsberghe, Daele, Caute, Haegen, Looy, Kimpe',
      ),
      endings: ['', '', 'e', 'n'],
    },
    {
      weight: 30,
      prefixes: [''],
      roots: list(
        'Geert, Hendri, Willem, Claes, Pieter, Jan, Maarten, Gijs, Adriaen, Lauwer, Michiel, Gommar, Joos, ' +
          'Wouter, Aert, Goos, Lenaert, Segher, Thijs, Robrecht, Dierick, Huyghe, Lievens, Boud',
      ),
      endings: list('s, sens, ssens, x, ckx, en, ens, e'),
    },
  ],
  walloon: [
    {
      weight: 100,
      prefixes: ['', '', 'Le', 'La', 'Du', 'De', 'Des', 'Dela'],
      roots: list(
        'Maire, Clerc, Comte, Brun, Roy, Fèvre, Moine, Gros, Bois, Pont, Mont, Champ, Val, Fosse, Pré, Chêne, ' +
          'Moulin, Marais, Bosquet, Rocher, Jardin, Ruelle, Tilleul, Fagne, Sart, Thier, Hay, Noir, Blanc, ' +
          'Court, Ferrière, Vigne, Sablon, Hardy, Piron, Gobert, Colson, Mathy, Lhoist, Warnier',
      ),
      endings: ['', '', 'et', 'in', 'ard', 'eau', 'ier', 'y', 'ot'],
    },
  ],
  french: [
    {
      weight: 100,
      prefixes: ['', '', 'Le', 'La', 'Du', 'De', 'Des'],
      roots: list(
        'Mercier, Garnier, Chevalier, Bouvier, Lambert, Gauthier, Perrin, Morin, Rolland, Renaud, Masson, ' +
          'Marchand, Duval, Caron, Giraud, Vidal, Roche, Bailly, Carré, Perrot',
      ),
      endings: ['', '', 'et', 'in', 'eau', 'on'],
    },
  ],
  dutch: [
    {
      weight: 100,
      prefixes: list(', Van |, Van der |, Van den |, De |, Ter |, Ten ').map((p) => p.replace('|', ' ')),
      roots: list(
        'Berg, Dijk, Heuvel, Vliet, Meer, Beek, Brink, Veen, Wal, Bosch, Hoek, Laan, Molen, Horst, Kamp, ' +
          'Graaf, Haar, Kolk, Wetering, Zande',
      ),
      endings: ['', '', 's', 'e', 'ink'],
    },
  ],
  german: [
    {
      weight: 100,
      prefixes: ['', '', 'Von ', 'Vom ', 'Zum '],
      roots: list(
        'Schmitz, Becker, Hoff, Berg, Bach, Feld, Wald, Stein, Kessel, Kreutz, Lamber, Heinen, Jansen, Radermach',
      ),
      endings: ['', '', 's', 'er', 'mann'],
    },
  ],
  diverse: [
    {
      weight: 35,
      prefixes: ['El ', 'Ben ', 'Bou', 'Ait ', 'Abou ', '', ''],
      roots: list(
        'Amrani, Idrissi, Khatib, Hassani, Mansouri, Alaoui, Ouali, Tahiri, Azzouzi, Bakkali, Jaziri, ' +
          'Moussaoui, Haddouchi, Achahbar, Chaouki, Fassi, Rifi, Slimani, Ziani, Yousfi',
      ),
      endings: [''],
    },
    {
      weight: 15,
      prefixes: [''],
      roots: list(
        'Yıl, Kay, Dem, Çelik, Şahin, Yıldız, Aydın, Öz, Arslan, Doğan, Kılıç, Koç, Kurt, Polat, Güler, Aksoy',
      ),
      endings: ['', 'maz', 'er', 'can', 'türk', 'kaya', 'oğlu'],
    },
    {
      weight: 20,
      prefixes: ['Di ', 'De ', 'Lo ', 'La ', '', '', ''],
      roots: list(
        'Marc, Sant, Luc, Ros, Bell, Mont, Franc, Pietr, Grass, Ross, Ferr, Gall, Cont, Ricc, Grec, Brun, Cost, Mancin',
      ),
      endings: list('i, o, ini, elli, one, a'),
    },
    {
      weight: 10,
      prefixes: [''],
      roots: list(
        'Kowal, Nowak, Wiśniew, Lewandow, Zieliń, Kamiń, Dąbrow, Kozłow, Jankow, Mazur, Kwiatkow, Piotrow, Grabow',
      ),
      endings: list('ski, ska, czyk, iak, ek'),
    },
    {
      weight: 20,
      prefixes: [''],
      roots: list('Mu, Ka, Tshi, Lu, Mbu, Ngo, Ba, I, Ma, Ki'),
      endings: list('kendi, bongo, banda, lunga, lala, yi, songo, kusa, tombo, nza, sele, mba'),
    },
  ],
};

export const FIRST_NAMES: Record<'fr' | 'nl' | 'de' | 'diverse', { female: string[]; male: string[] }> = {
  fr: {
    female: list(
      'Marie, Camille, Julie, Sarah, Laura, Léa, Emma, Louise, Nathalie, Isabelle, Sophie, Charlotte, Élise, ' +
        'Anne, Chloé, Manon, Zoé, Martine, Christine, Véronique, Valérie, Caroline, Aurélie, Céline, Émilie, ' +
        'Pauline, Clara, Justine, Margaux, Hélène',
    ),
    male: list(
      'Thomas, Nicolas, Julien, Maxime, Antoine, Pierre, François, Olivier, Philippe, Laurent, Benoît, ' +
        'Louis, Lucas, Hugo, Arthur, Jules, Nathan, Sébastien, David, Simon, Gilles, Victor, Marc, Luc, ' +
        'Alexandre, Romain, Quentin, Mathieu, Vincent, Jérôme',
    ),
  },
  nl: {
    female: list(
      'Sofie, Katrien, Lotte, Hanne, Fien, Lien, Ellen, Sara, Anouk, Noor, Eva, Lisa, Nina, Jana, Marie, ' +
        'Emma, Griet, Leen, Inge, Veerle, Kaat, Femke, Elke, Tine, Liesbeth, Charlotte, Els, An',
    ),
    male: list(
      'Jan, Pieter, Tom, Bart, Koen, Wim, Stijn, Jeroen, Dries, Wouter, Sander, Lars, Milan, Liam, Thomas, ' +
        'Jonas, Arne, Robbe, Pieterjan, Kristof, Joris, Bram, Senne, Lucas, Lander, Tim, Geert, Filip',
    ),
  },
  de: {
    female: list('Anna, Julia, Lea, Laura, Sarah, Lisa, Katharina, Marie'),
    male: list('Lukas, Jonas, Tim, Felix, Paul, Jan, Stefan, Michael'),
  },
  diverse: {
    female: list(
      'Fatima, Amina, Yasmine, Inès, Samira, Leila, Aïcha, Elif, Zeynep, Giulia, Elena, Ana, Mariam, Aminata, ' +
        'Sara, Nadia, Olga, Maria',
    ),
    male: list(
      'Mohamed, Youssef, Mehdi, Karim, Ali, Mehmet, Ahmed, Omar, Ibrahim, Marco, Luca, Tomasz, Mamadou, ' +
        'Adam, Rayan, Hamza, Emre, Diego',
    ),
  },
};

export interface Place {
  postalCode: string;
  city: string;
  country: 'BE' | 'FR' | 'NL';
}

export type Region = 'brussels' | 'flanders' | 'wallonia' | 'ostbelgien' | 'france' | 'netherlands';

const places = (country: Place['country'], text: string): Place[] =>
  list(text).map((entry) => {
    const [postalCode, ...city] = entry.split(' ');
    return { postalCode: postalCode!, city: city.join(' '), country };
  });

export const PLACES: Record<Region, Place[]> = {
  brussels: places(
    'BE',
    '1000 Bruxelles, 1060 Saint-Gilles, 1050 Ixelles, 1030 Schaerbeek, 1080 Molenbeek-Saint-Jean, 1190 Forest, ' +
      '1070 Anderlecht, 1180 Uccle, 1040 Etterbeek, 1210 Saint-Josse-ten-Noode, 1200 Woluwe-Saint-Lambert, ' +
      '1020 Laeken, 1090 Jette, 1160 Auderghem',
  ),
  flanders: places(
    'BE',
    '2000 Antwerpen, 9000 Gent, 3000 Leuven, 8000 Brugge, 2800 Mechelen, 3500 Hasselt, 8500 Kortrijk, ' +
      '9300 Aalst, 2300 Turnhout, 1800 Vilvoorde, 2018 Antwerpen, 9050 Gentbrugge, 8400 Oostende, 3600 Genk, ' +
      '2600 Berchem, 9100 Sint-Niklaas',
  ),
  wallonia: places(
    'BE',
    '4000 Liège, 5000 Namur, 6000 Charleroi, 7000 Mons, 1348 Louvain-la-Neuve, 1300 Wavre, 7500 Tournai, ' +
      '4800 Verviers, 6700 Arlon, 1400 Nivelles, 4020 Liège, 7100 La Louvière, 5100 Jambes, 1340 Ottignies',
  ),
  ostbelgien: places('BE', '4700 Eupen, 4780 Sankt Vith, 4730 Raeren'),
  france: places('FR', '75011 Paris, 75018 Paris, 59000 Lille, 69001 Lyon, 13001 Marseille, 59100 Roubaix'),
  netherlands: places('NL', '1011 Amsterdam, 3011 Rotterdam, 6211 Maastricht, 5611 Eindhoven'),
};

/** Share of members by region: the cooperative started in Brussels and is strong in Flanders too. */
export const REGION_WEIGHTS: Array<[Region, number]> = [
  ['brussels', 30],
  ['flanders', 35],
  ['wallonia', 27],
  ['ostbelgien', 1],
  ['france', 5],
  ['netherlands', 2],
];

export const STREETS = {
  fr: list(
    "Rue de la Station, Rue du Moulin, Rue de l'Église, Avenue Louise, Chaussée de Waterloo, Rue Haute, " +
      'Rue des Coteaux, Avenue de la Liberté, Rue du Midi, Boulevard Anspach, Rue Saint-Gilles, Place du Marché',
  ),
  nl: list(
    'Kerkstraat, Stationsstraat, Molenstraat, Dorpsstraat, Nieuwstraat, Schoolstraat, Kapelstraat, ' +
      'Beukenlaan, Lindelaan, Veldstraat, Brugsesteenweg, Grote Markt',
  ),
  de: list('Hauptstraße, Bahnhofstraße, Kirchstraße, Aachener Straße, Gospertstraße'),
};

export const EMAIL_DOMAINS = list(
  'gmail.com, gmail.com, gmail.com, hotmail.com, outlook.com, skynet.be, telenet.be, proximus.be, yahoo.fr, ' +
    'icloud.com, live.be, protonmail.com',
);

export const LEGAL_FORMS = list('ASBL, SRL, SC, VZW, BV, CV, SA');
export const LEGAL_WORDS = list(
  'Ateliers, Studio, Collectif, Compagnie, Kunstenhuis, Productions, Théâtre, Atelier, Werkplaats, Maison, ' +
    'Ensemble, Fabriek, Cinéma, Musique, Design, Lumen, Nova, Horizon, Brique, Zinneke',
);
export const LEGAL_PLACES = list(
  'du Nord, de Liège, Gent, Bruxelles, Antwerpen, du Midi, Namur, Leuven, Vert, Bleu',
);

/** Words nobody in the register bears: searches that must find nothing (typos, unknown people). */
export const UNKNOWN_NAMES = list(
  'Dupond, Vandevelde, Pieters, Jansens, Lambertini, Smitz, Zylberstein, Quackels',
);
