// The stored data of a rep at the scale of issue 12: 200 opportunities with 50 snapshots each,
// as localStorage values. Used by the scale bench and by the unit test that exports and imports it.
export const N = 200;
export const SNAPS = 50;
const slugs = [
  'noticing',
  'identifying',
  'validating',
  'qualifying',
  'conditionally-agreeing',
  'closing',
  'implementing',
];

/** Realistic records: names, clients, outcomes with notes, vitals, 50 daily snapshots. */
export function sampleStorage() {
  const out = {};
  const day = (i) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let i = 0; i < N; i++) {
    const id = `opp-bench-${i}`;
    const stage = 1 + (i % 7);
    const outcomes = Object.fromEntries(
      slugs.slice(0, stage - 1).map((s, k) => [
        s,
        {
          reached: day(k * 7).slice(0, 10),
          evidence: [0, 1],
          note: `Client confirmed in the meeting of week ${k + 1}.`,
        },
      ]),
    );
    out[`ssm:v1:opportunity:${id}`] = JSON.stringify({
      v: 1,
      name: `Deal ${i} ${['warehouse', 'traceability', 'planning', 'analytics'][i % 4]}`,
      client: `Client ${i % 37}`,
      initiative: 'Working capital down 15% within 18 months',
      value: 50_000 + i * 1000,
      currency: ['EUR', 'USD', 'CNY'][i % 3],
      closeDate: day(200 + i).slice(0, 10),
      stage,
      archived: i % 10 === 9,
      outcomes,
      vitals: { identifying: 'strong', validating: i % 2 ? 'weak' : 'unknown' },
      createdAt: day(0),
      updatedAt: day(60),
    });
    const items = Array.from({ length: SNAPS }, (_, k) => ({
      at: day(k),
      stage: Math.max(1, stage - Math.floor((SNAPS - k) / 10)),
      reached: [1, 2].slice(0, Math.min(2, stage - 1)),
      vitals: { identifying: 'strong' },
      value: 50_000 + i * 1000,
      manual: k % 7 === 0,
    }));
    out[`ssm:v1:snapshots:${id}`] = JSON.stringify({ v: 1, items, updatedAt: day(SNAPS) });
  }
  return out;
}
