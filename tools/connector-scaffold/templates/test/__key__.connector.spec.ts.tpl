import { ConnectorContext, createConnectorContext } from '@hub/connector-sdk';
import { describeConnectorContract } from '@hub/connector-sdk/testing';
import { __name__, __Name__Credentials } from '../src';
import { FAKE___NAME___API_KEY, Fake__Name__, startFake__Name__ } from './fake-__key__.server';

describeConnectorContract(__name__);

describe('__key__ against its fake', () => {
  let fake: Fake__Name__;
  let ctx: ConnectorContext<__Name__Credentials>;

  beforeEach(async () => {
    fake = await startFake__Name__();
    ctx = createConnectorContext(__name__, { baseUrl: fake.url, credentials: { apiKey: FAKE___NAME___API_KEY } });
  });
  afterEach(() => fake.close());

  it('verifies the credentials', async () => {
    await expect(__name__.verify(ctx)).resolves.toEqual({ accountLabel: '__Display__ sandbox' });
  });

  it('updates a case status', async () => {
    const action = __name__.actions.update_case_status;
    await action.run(ctx, { caseId: 'C-1001', statusId: 'signed' });
    expect(fake.state.cases[0].statusId).toBe('signed');
  });

  it('posts a note', async () => {
    const action = __name__.actions.post_note;
    const result = await action.run(ctx, { caseId: 'C-1001', text: 'Hello' });
    expect(fake.state.notes).toEqual([expect.objectContaining({ id: result.externalId, caseId: 'C-1001', text: 'Hello' })]);
  });

  it('answers not_found for an unknown case', async () => {
    const action = __name__.actions.update_case_status;
    const run = action.run(ctx, { caseId: 'C-404', statusId: 'signed' });
    await expect(run).rejects.toMatchObject({ kind: 'not_found', code: 'connector.not_found' });
  });

  it('lists case statuses', async () => {
    await expect(__name__.lookups!.caseStatuses!(ctx)).resolves.toContainEqual({ id: 'signed', name: 'Signed' });
  });
});
