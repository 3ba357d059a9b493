import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft, IdTakenError, type LearnerDraft } from '../../../shared/learner-draft';
import {
  archiveLearner,
  reactivateLearner,
  saveLearner,
} from '../../../renderer/admin/roster/learners';
import type { KioskDatabase } from '../../../renderer/db/schema';
import { ADMIN, rosterKiosk } from './helpers';

const draft = (extra: Partial<LearnerDraft> = {}): LearnerDraft => ({
  id: ' N1 ',
  firstName: ' Léa ',
  lastName: 'Dubois',
  groups: 'animation, jeux vidéo;animation | robotique',
  language: 'fr',
  ...extra,
});

describe('checkDraft', () => {
  it('trims, splits groups on the import’s separators and drops repeats', () => {
    expect(checkDraft(draft(), 'active')).toEqual({
      learner: {
        id: 'N1',
        firstName: 'Léa',
        lastName: 'Dubois',
        groups: ['animation', 'jeux vidéo', 'robotique'],
        language: 'fr',
        status: 'active',
      },
      problems: [],
    });
    expect(checkDraft(draft({ language: '' }), 'archived').learner).toMatchObject({
      language: null,
      status: 'archived',
    });
  });

  it('reports each field’s problem with the import’s limits', () => {
    const result = checkDraft(
      draft({
        id: 'x'.repeat(65),
        firstName: '  ',
        lastName: 'Du\u0000bois',
        groups: Array.from({ length: 51 }, (_, i) => `g${i}`).join(','),
      }),
      'active',
    );
    expect(result.problems).toEqual([
      { field: 'id', code: 'too-long' },
      { field: 'firstName', code: 'empty' },
      { field: 'lastName', code: 'control' },
      { field: 'groups', code: 'too-many' },
    ]);
    expect(checkDraft(draft({ groups: 'g'.repeat(201) }), 'active').problems).toEqual([
      { field: 'groups', code: 'too-long' },
    ]);
  });
});

describe('learner actions', () => {
  const dbs: KioskDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  it('adds, edits, archives and re-activates, each as one event by the admin', async () => {
    const { db } = await rosterKiosk();
    dbs.push(db);
    const kioskId = (await db.kiosk.get('self'))!.kioskId;
    const lea = checkDraft(draft(), 'active').learner!;
    await saveLearner(db, ADMIN, lea, 'new');
    await saveLearner(db, ADMIN, { ...lea, lastName: 'Dubois-Martin' }, 'edit');
    await archiveLearner(db, ADMIN, 'N1');
    expect(await db.learners.get('N1')).toMatchObject({
      lastName: 'Dubois-Martin',
      status: 'archived',
    });
    // An edit keeps the stored status, even one made from a form opened before the archive.
    await saveLearner(db, ADMIN, { ...lea, firstName: 'Léana', status: 'active' }, 'edit');
    expect(await db.learners.get('N1')).toMatchObject({ firstName: 'Léana', status: 'archived' });
    await reactivateLearner(db, ADMIN, { ...lea, firstName: 'Léana', status: 'archived' });
    expect(await db.learners.get('N1')).toMatchObject({ firstName: 'Léana', status: 'active' });

    const events = await db.events.where('kioskId').equals(kioskId).toArray();
    expect(events.map((e) => e.type)).toEqual([
      'learner-upserted',
      'learner-upserted',
      'learner-archived',
      'learner-upserted',
      'learner-upserted',
    ]);
    expect(events.every((e) => e.actor.kind === 'staff' && e.actor.staffId === ADMIN.id)).toBe(
      true,
    );
  });

  it('refuses a new learner whose id is taken, even by an archived one, and writes nothing', async () => {
    const { db } = await rosterKiosk();
    dbs.push(db);
    const before = await db.events.count();
    const twin = { ...checkDraft(draft(), 'active').learner!, id: 'L00039' }; // archived demo learner
    const refusal = saveLearner(db, ADMIN, twin, 'new');
    await expect(refusal).rejects.toBeInstanceOf(IdTakenError);
    await expect(refusal).rejects.toMatchObject({ learner: { id: 'L00039', status: 'archived' } });
    expect(await db.events.count()).toBe(before);
  });
});
