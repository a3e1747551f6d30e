import { expect } from 'expect'
import { describe, it } from 'node:test'
import { syntheticReturns } from '../../test/support/webApp.js'
import { loadHistories } from '../journey/councilHistories.js'
import { CouncilJourneyRepository } from '../store/councilJourneyRepository.js'
import { openStore } from '../store/database.js'
import { PublicationRepository } from '../store/publicationRepository.js'
import { SubmissionRepository } from '../store/submissionRepository.js'
import { importReturns } from './dataImport.js'
import { ScorecardService } from './scorecardService.js'

const at = () => new Date('2026-11-23T12:00:00Z')

/** A submission repository that counts how often a council's raw files are read. */
class CountingSubmissions extends SubmissionRepository {
  reads = 0
  override currentFiles(council: string) {
    this.reads++
    return super.currentFiles(council)
  }
}

describe("each council's journeys kept beside its returns", () => {
  it('are written by an import, read at start-up, not the returns, and built again when a return changes', async () => {
    const store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
    const submissions = new CountingSubmissions(store)
    const kept = new CouncilJourneyRepository(store)
    const files = syntheticReturns(['850', '856'], 2010, 2014)
    await importReturns(files, submissions, at, undefined, { journeys: kept })
    const rows = await store.db.selectFrom('council_journeys').select(['council']).orderBy('council').execute()
    expect(rows.map((r) => r.council)).toEqual(['850', '856'])
    submissions.reads = 0

    const service = new ScorecardService(submissions, new PublicationRepository(store), undefined, null, null, kept)
    const expected = loadHistories(files, 'none')
    expect(await service.journeys('850')).toEqual(expected.councils.get('850')!.journeys)
    expect(await service.journeys('856')).toEqual(expected.councils.get('856')!.journeys)
    // Start-up read no return: both councils' journeys came from the store.
    expect(submissions.reads).toBe(0)

    // A new 2014 return for 856 (one year only): its basis changes, so its journeys are built from its returns.
    const changed = syntheticReturns(['856'], 2014, 2014, 0.4, 99)
    await importReturns(changed, submissions, at, undefined, { journeys: kept })
    submissions.reads = 0
    await service.reload('856')
    expect(submissions.reads).toBe(1)
    const now = loadHistories(await submissions.currentFiles('856'), 'none').councils.get('856')!.journeys
    expect(await service.journeys('856')).toEqual(now)
    // And kept for the next server: a second one reads no return.
    const second = new CountingSubmissions(store)
    const other = new ScorecardService(second, new PublicationRepository(store), undefined, null, null, kept)
    expect(await other.journeys('856')).toEqual(now)
    expect(second.reads).toBe(0)
  })

  it('are not read when other code built them: the basis names the code as well as the returns', async () => {
    const store = await openStore({ databaseUrl: null, sqliteFile: ':memory:' })
    const submissions = new CountingSubmissions(store)
    const kept = new CouncilJourneyRepository(store)
    await importReturns(syntheticReturns(['850'], 2012, 2013), submissions, at, undefined, { journeys: kept })
    // As if an older release had built them: same council, another basis.
    await store.db.updateTable('council_journeys').set({ basis: 'built by other code' }).execute()
    submissions.reads = 0
    const service = new ScorecardService(submissions, new PublicationRepository(store), undefined, null, null, kept)
    expect((await service.journeys('850')).length).toBeGreaterThan(0)
    expect(submissions.reads).toBe(1)
  })
})
