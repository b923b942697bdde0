// Penilaian kemitraan on a partnership's page: for a chosen year or quarter, each lens of
// docs/assessment.md with its result, the evidence behind every point, the trend over the
// periods before it, the weakest dimension and a suggestion; and the survey the parties fill in.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { currentLanguage, errorMessage, t } from '../../../lib/i18n';
import { getAssessment, getSurvey, listStatements, saveSurvey } from '../api';
import type { Assessment, Lens, Statement, Survey } from '../types';
import '../assessment.css';

type Props = { partnershipId: string; startDate: string };

const thisYear = () => new Date().toISOString().slice(0, 4);

function yearsSince(start: string): string[] {
  const first = Math.max(Number(start.slice(0, 4)) || Number(thisYear()), Number(thisYear()) - 11);
  const out: string[] = [];
  for (let y = Number(thisYear()); y >= first; y--) out.push(String(y));
  return out;
}

const score = (s: number | null) => (s === null ? '–' : String(Math.round(s)));

export function PartnershipAssessment({ partnershipId, startDate }: Props) {
  const years = yearsSince(startDate);
  const [period, setPeriod] = useState(years.includes('2024') ? '2024' : years[0]);
  const [span, setSpan] = useState(3);
  const [data, setData] = useState<Assessment | null>(null);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    setData(null);
    setError('');
    const y = Number(period.slice(0, 4));
    const p = period.includes('Q')
      ? { period }
      : {
          from: String(Math.max(y - span + 1, Number(startDate.slice(0, 4)) || y - span + 1, y - 11)),
          to: period,
        };
    getAssessment(partnershipId, p).then(setData, (e) => setError(errorMessage(e)));
  }, [partnershipId, period, span, version]);

  return (
    <div class="assessment" data-testid="assessment">
      <p class="muted">{t('assessment.intro')}</p>
      <div class="assessment-controls">
        <label>
          {t('assessment.period')}{' '}
          <select
            value={period}
            onChange={(e) => setPeriod((e.target as HTMLSelectElement).value)}
            data-testid="assessment-period"
          >
            {years.map((y) => (
              <optgroup key={y} label={y}>
                <option value={y}>{y}</option>
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={`${y}Q${q}`}>
                    {t('assessment.quarter', { q, year: y })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {!period.includes('Q') && (
          <label>
            {t('assessment.trendSpan')}{' '}
            <select
              value={String(span)}
              onChange={(e) => setSpan(Number((e.target as HTMLSelectElement).value))}
            >
              {[3, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {t('assessment.years', { n })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
      {!data && !error && <p class="loading">{t('common.wait')}</p>}
      {data && (
        <>
          <p class="meta">
            {t('assessment.assessed', { period: data.period, from: data.first_day, to: data.last_day })}
          </p>
          {data.lenses.map((l) => (
            <LensCard key={l.lens} lens={l} />
          ))}
          <details class="assessment-indicators">
            <summary>{t('assessment.indicators')}</summary>
            <ul>
              {data.indicators.map((i) => (
                <li key={i.code} data-indicator={i.code}>
                  <strong>{t(`assessment.dimensions.${i.dimension}`)}:</strong> {english() ? i.text_en : i.text}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      <SurveyForm partnershipId={partnershipId} period={period} onSaved={() => setVersion(version + 1)} />
    </div>
  );
}

// The server words each figure, evidence sentence and suggestion in both languages.
const english = () => currentLanguage() === 'en';

// The classification's colour follows the lens score, on the dimensions' scale (docs/assessment.md):
// green from 60, amber from 40, red below; grey without a score.
const tone = (s: number | null) => (s === null ? 'no_data' : s >= 60 ? 'met' : s >= 40 ? 'partial' : 'not_met');

function LensCard({ lens: l }: { lens: Lens }) {
  return (
    <section class="lens card" data-lens={l.lens}>
      <h4>
        {t(`assessment.lenses.${l.lens}`)}{' '}
        <span class="meta">({t('assessment.paper', { paper: l.paper })})</span>
      </h4>
      <p class="lens-result">
        <span class={`badge status-${tone(l.score)} lens-${l.classification}`} data-testid="lens-classification">
          {t(`assessment.classes.${l.classification.replace(/^(\d)_of_7$/, 'of7')}`, {
            n: l.classification.split('_')[0],
          })}
        </span>{' '}
        {t('assessment.score', { score: score(l.score) })}
      </p>
      <ol class="lens-dimensions">
        {l.dimensions.map((d) => (
          <li key={d.code} class={`dimension dimension--${d.status}`} data-dimension={d.code}>
            <div class="dimension-head">
              <strong>{t(`assessment.dims.${d.code}`)}</strong>
              <span class={`badge status-${d.status}`}>{t(`assessment.status.${d.status}`)}</span>
              <span class="meta">{score(d.score)}</span>
            </div>
            <ul class="evidence">
              {(english() ? d.evidence_en : d.evidence).map((e, i) => (
                <li key={i} class={i < d.flags.length ? 'flagged' : ''}>
                  {e}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {l.trend.length > 1 && (
        <p class="lens-trend" data-testid="lens-trend">
          <strong>{t('assessment.trend')}:</strong>{' '}
          {l.trend.map((p, i) => (
            <span key={p.period}>
              {i > 0 ? ' → ' : ''}
              {p.period}:{' '}
              {t(`assessment.classes.${p.classification.replace(/^(\d)_of_7$/, 'of7')}`, {
                n: p.classification.split('_')[0],
              })}{' '}
              ({score(p.score)})
            </span>
          ))}
          {l.direction && <> · {t(`assessment.direction.${l.direction}`)}</>}
        </p>
      )}
      {l.weakest && (
        <p class="lens-suggestion">
          <strong>{t('assessment.weakest', { dim: t(`assessment.dims.${l.weakest}`) })}</strong>{' '}
          {english() ? l.suggestion_en : l.suggestion}
        </p>
      )}
    </section>
  );
}

function SurveyForm({
  partnershipId,
  period,
  onSaved,
}: {
  partnershipId: string;
  period: string;
  onSaved: () => void;
}) {
  const [statements, setStatements] = useState<Statement[]>([]);
  const [survey, setSurvey] = useState<Survey | null>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    listStatements().then(
      (p) => setStatements(p.items),
      (e) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(() => {
    setMessage('');
    setError('');
    getSurvey(partnershipId, period).then(
      (s) => {
        setSurvey(s);
        setAnswers(Object.fromEntries(s.answers.map((a) => [a.statement, a.score])));
      },
      (e) => setError(errorMessage(e)),
    );
  }, [partnershipId, period]);
  if (!survey) return error ? <Alert>{error}</Alert> : null;
  const lenses = [...new Set(statements.map((s) => s.lens))];
  const mean = (code: string) => survey.scores.find((s) => s.statement === code);
  async function submit(e: Event) {
    e.preventDefault();
    const list = Object.entries(answers).map(([statement, score]) => ({ statement, score }));
    try {
      const s = await saveSurvey(partnershipId, period, list);
      setSurvey(s);
      setError('');
      setMessage(t('assessment.survey.saved'));
      onSaved();
    } catch (err) {
      setMessage('');
      setError(errorMessage(err));
    }
  }
  const editable = survey.may_answer && survey.open;
  return (
    <form class="survey card" onSubmit={submit} data-testid="assessment-survey">
      <h4>{t('assessment.survey.title', { period })}</h4>
      <p class="muted">
        {editable
          ? t('assessment.survey.intro')
          : survey.may_answer
            ? t('assessment.survey.closed')
            : t('assessment.survey.readOnly')}{' '}
        {t('assessment.survey.answered', { n: survey.organizations })}
      </p>
      {lenses.map((l) => (
        <fieldset key={l}>
          <legend>{t(`assessment.lenses.${l}`)}</legend>
          {statements
            .filter((s) => s.lens === l)
            .map((s) => (
              <div key={s.code} class="statement">
                <label for={`st-${s.code}`}>{currentLanguage() === 'en' ? s.text_en : s.text_id}</label>
                <div class="statement-input">
                  <select
                    id={`st-${s.code}`}
                    name={s.code}
                    disabled={!editable}
                    value={answers[s.code] ? String(answers[s.code]) : ''}
                    onChange={(e) => {
                      const v = Number((e.target as HTMLSelectElement).value);
                      const next = { ...answers };
                      if (v) next[s.code] = v;
                      else delete next[s.code];
                      setAnswers(next);
                    }}
                  >
                    <option value="">–</option>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={String(n)}>
                        {n} · {t(`assessment.survey.scale.${n}`)}
                      </option>
                    ))}
                  </select>
                  {mean(s.code) && (
                    <span class="meta">
                      {t('assessment.survey.mean', {
                        mean: mean(s.code)!.mean,
                        n: mean(s.code)!.organizations,
                      })}
                    </span>
                  )}
                </div>
              </div>
            ))}
        </fieldset>
      ))}
      {error && <Alert>{error}</Alert>}
      {message && <Alert kind="success">{message}</Alert>}
      {editable && (
        <button type="submit" disabled={Object.keys(answers).length === 0}>
          {t('assessment.survey.submit')}
        </button>
      )}
    </form>
  );
}
