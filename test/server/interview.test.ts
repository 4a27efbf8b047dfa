// The real interview over HTTP (Bot Framework activities with deliveryMode expectReplies), to the contract result.
import { startServer, type StartedServer } from '../helpers/startServer';

type Activity = { type: string; text: string; value: { requestedSlot: string | null; result?: { region: string; best: Record<string, string | null> } }; attachments?: { content: { actions: { data: { choice: string } }[] } }[] };

let srv: StartedServer;
beforeAll(async () => { srv = await startServer(); });
afterAll(() => srv.stop());

async function say(body: Record<string, unknown>): Promise<Activity[]> {
  const res = await fetch(`${srv.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
      from: { id: 'worker-http' }, recipient: { id: 'bot' }, conversation: { id: 'conv-http' }, ...body,
    }),
  });
  expect(res.status).toBe(200);
  const { activities } = (await res.json()) as { activities: Activity[] };
  for (const a of activities) expect(a.value).toHaveProperty('requestedSlot');
  return activities;
}

it('interviews over /api/messages with expectReplies, a card button as activity.value, to the result', async () => {
  const hello = await say({ text: '你好' });
  expect(hello.at(-1)!.value.requestedSlot).toBe('region');
  const chongqing = hello.at(-1)!.attachments![0].content.actions.map((a) => a.data).find((d) => d.choice === '重庆')!;
  expect((await say({ value: chongqing })).at(-1)!.value.requestedSlot).toBe('skills');
  expect((await say({ text: '技师' })).at(-1)!.value.requestedSlot).toBe('skills.since');
  expect((await say({ text: '2021年6月' })).at(-1)!.value.requestedSlot).toBe('titles');
  expect((await say({ text: '没有' })).at(-1)!.value.requestedSlot).toBe('awards');
  expect((await say({ text: '没有' })).at(-1)!.value.requestedSlot).toBe('annualReviewsPassed');
  const answer = await say({ text: '都合格' });
  const withResult = answer.find((a) => a.value.result);
  expect(withResult?.value.result?.region).toBe('chongqing');
  expect(withResult?.value.result?.best.skill_to_title).toBe('intermediate');
});
