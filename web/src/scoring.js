// The panellist's scoresheet for a bid as the screens hold it: the service's
// copy, overlaid with any newer draft kept on this device.
import { useEffect, useState } from 'preact/hooks';
import { edit, localDraft } from './drafts.js';
import { ApiError } from './api.js';
import { bidPath, loadEvaluation } from './panels.js';
import { navigate } from './router.jsx';
import { useLoad } from './load.js';

const blank = { score: null, justification: '', advice: '' };

export function useScoresheet(user, panelId, bidId) {
  const { data, error } = useLoad(() => loadEvaluation(panelId, bidId), [panelId, bidId]);
  const [values, setValues] = useState(null);
  useEffect(() => {
    if (!data) return;
    setValues(
      data.evaluation.criteria.map((_, i) => {
        const server = data.mine.criteria[i] ?? blank;
        const local = localDraft(user, bidId, i);
        return { ...blank, score: server.score, justification: server.justification, advice: server.advice, ...local };
      }),
    );
  }, [data]);
  const change = (criterion, field, value) => {
    const next = values.map((v, i) => (i === criterion ? { ...v, [field]: value } : v));
    setValues(next);
    edit(user, bidId, criterion, next[criterion]);
  };
  return { data: values ? data : null, error, values, change };
}

// The scoresheet of a bid the panellist is still scoring. A bid they must first
// declare on, are conflicted with, or have sent scores for takes them to that page
// instead. `failed`: an error to show; `ready`: there is a sheet to show.
export function useOpenScoresheet(user, panelId, bidId) {
  const base = bidPath(panelId, bidId);
  const sheet = useScoresheet(user, panelId, bidId);
  const redirect = redirectFor(sheet.error, base);
  const sent = sheet.data?.mine.submitted_at;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
    else if (sent) navigate(`${base}/panel-scores`, { replace: true });
  }, [redirect, sent]);
  return { ...sheet, base, failed: sheet.error && !redirect ? sheet.error : null, ready: Boolean(sheet.data) && !sent };
}

// Where a bid's pages should send the panellist instead, given a load error.
export function redirectFor(error, base) {
  if (!(error instanceof ApiError)) return null;
  if (error.kind === 'declaration-required') return `${base}/conflict`;
  if (error.kind === 'conflicted') return `${base}/not-scoring`;
  return null;
}

export const missingScore = (v) => v.score === null || v.score === undefined;
export const missingReason = (v) => !String(v.justification ?? '').trim();
