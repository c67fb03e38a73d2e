import type { Actor, ServiceContext } from './context';
import { importDocument } from './import-document';

export const demoTitle = 'Démo — La médiathèque de Pontlevoy-sur-Cher rouvre ses portes';

/**
 * An original French news text (written for this project) with the shape of the articles users
 * bring: a header of short metadata lines, a photo caption repeated around its credit, quotations
 * broken across lines, numbers, a date, and hashtags.
 */
export const demoText = `La médiathèque de Pontlevoy-sur-Cher rouvre ses portes après deux ans de travaux

Par Camille Roussel
Publié le 12/03/2026, jeudi
Lecture : 3 min
Les lecteurs découvrent la nouvelle salle de lecture, baignée de lumière, au premier étage.
Crédit photo : Mairie de Pontlevoy
Les lecteurs découvrent la nouvelle salle de lecture, baignée de lumière, au premier étage.

Après vingt-six mois de chantier, la médiathèque municipale de Pontlevoy-sur-Cher a accueilli ses premiers visiteurs samedi matin. Plus de 1 200 personnes se sont pressées dans le bâtiment rénové, qui occupe désormais 2 400 m² sur trois niveaux.

"Nous voulions un lieu où l’on vient autant pour lire que pour se retrouver"
, a expliqué la maire, Hélène Vasseur, en coupant le ruban devant l’entrée principale.

Le projet, d’un coût total de 4,8 millions d’euros, a été financé à hauteur de 40 % par la région. La directrice de l’établissement, Sophie Marchand, a rappelé que les collections comptaient désormais
"plus de 85 000 documents"
et que les horaires d’ouverture passaient de 22 à 38 heures par semaine.

« Les habitants nous ont demandé d’ouvrir le dimanche, et c’est ce que nous ferons dès le mois d’avril »
, a-t-elle précisé.

Un espace consacré au jeu vidéo et un atelier de réparation d’objets complètent l’offre. Les inscriptions restent gratuites pour les moins de 18 ans.

À lire également :

#Pontlevoy
#médiathèque
#culture
#lecture publique
`;

/** Creates the demo document when the store has no document at all (first start). */
export async function ensureDemoDocument(context: ServiceContext, actor: Actor): Promise<number | undefined> {
  return context.store.transaction(async (store) => {
    // Several instances starting together on an empty database: the others wait here until the
    // first has committed its demo, then find it and make none.
    const [defaultProject] = await store.projects.list();
    if (defaultProject) await store.projects.lock(defaultProject.id);
    if ((await store.documents.count()) > 0) return undefined;
    const { id } = await importDocument(
      { ...context, store },
      { bytes: new TextEncoder().encode(demoText), format: 'txt', title: demoTitle },
      actor,
    );
    return id;
  });
}
