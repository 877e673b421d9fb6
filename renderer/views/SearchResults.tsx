// The search results: hits grouped by unit (and by office when several offices answer),
// each group headed by a link to its unit, each hit an option of the search box's listbox
// with its evidence marked. Memoised: a keystroke re-renders the search box, not the list;
// the list renders once, when its answer arrives: a screenful of rows in the answer's own
// frame, the rest (below the window) once typing pauses, or at once when the page is scrolled
// or the selection moves past the screenful. While someone types, each answer is overtaken by
// the next key's, so drawing its hidden rows was work thrown away (a quarter of a keystroke's CPU).
import { memo, startTransition, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS } from '../../shared/search/records.ts';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import type { HitKind, SearchHit } from '../../shared/types.ts';
import { Highlight } from '../components/Highlight.tsx';
import { useCountLabel } from '../count-label.ts';
import { href } from '../router.ts';
import { firstRows, type OfficeSection } from './hit-groups.ts';
import { snippetAround } from '../snippet.ts';

/** The unit or office page, scrolled to the item the hit matched. */
export function hitTarget(hit: SearchHit): string {
  const target = { kind: hit.kind, line: hit.line, ...(hit.kind === 'duty' && { text: hit.text }) };
  return hit.unitId !== null ? href.unit(hit.unitId, target) : href.office(hit.officeId, target);
}

export const optionId = (listId: string, i: number) => `${listId}-hit-${i}`;

/** A row (a hit, a unit or office title) is over 32 px tall. */
const ROW_PX = 32;
/** Rows in the first frame before the list's place is known: a 768 px window's worth. */
const FIRST_ROWS = 24;

/** No answer for this long after one was painted: typing has paused (a typist's keys come
 *  120–240 ms apart), so the rows below the window are drawn. */
const REST_AFTER_MS = 300;

/** Runs `callback` once the next frame has been painted; returns the cancel. */
function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // A task queued from the frame's callbacks runs once the frame is done.
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** The index of the last hit in `sections`, or -1. */
const lastHitIndex = (sections: OfficeSection[]) => sections.at(-1)?.groups.at(-1)?.hits.at(-1)?.index ?? -1;

/**
 * The sections cut to a screenful for the answer's first frame, then all of them once typing
 * pauses, the page scrolls, or the selection (`activeIndex`) moves past the screenful; and the
 * screenful's groups and offices (`onScreen`), whose rows are drawn in the answer's frame.
 */
function useScreenfulFirst(
  sections: OfficeSection[],
  byOffice: boolean,
  list: RefObject<HTMLDivElement | null>,
  activeIndex: number,
): { shown: OfficeSection[]; onScreen: Set<string | number> } {
  const [complete, setComplete] = useState<OfficeSection[] | null>(null);
  // The height between the list's top and the window's bottom, read once a frame is painted:
  // read while an answer is rendered, the window's height would force a layout.
  const room = useRef<number | null>(null);
  const screenful = useMemo(() => {
    const rows = room.current === null ? FIRST_ROWS : Math.max(8, Math.ceil(room.current / ROW_PX));
    return firstRows(sections, rows, byOffice);
  }, [sections, byOffice]);
  const selectedBelow = screenful !== sections && activeIndex > lastHitIndex(screenful);
  useEffect(() => {
    let pause: ReturnType<typeof setTimeout> | undefined;
    // A transition: the next keystroke's answer, rendered synchronously, overtakes it.
    const drawRest = () => startTransition(() => setComplete(sections));
    const whole = screenful === sections;
    if (!whole) window.addEventListener('scroll', drawRest, { once: true, passive: true });
    const cancelPaint = afterNextPaint(() => {
      const top = list.current && !list.current.hidden ? list.current.getBoundingClientRect().top : 0;
      room.current = window.innerHeight - Math.max(0, top);
      if (!whole) pause = setTimeout(drawRest, REST_AFTER_MS);
    });
    return () => {
      cancelPaint();
      clearTimeout(pause);
      window.removeEventListener('scroll', drawRest);
    };
  }, [screenful, sections, list]);
  // Kept once reached, so moving the selection back up does not cut the list again.
  useEffect(() => {
    if (selectedBelow) setComplete(sections);
  }, [selectedBelow, sections]);
  const onScreen = useMemo(
    () => new Set(screenful.flatMap((s): (string | number)[] => [s.officeId, ...s.groups.map((g) => g.key)])),
    [screenful],
  );
  return { shown: complete === sections || selectedBelow ? sections : screenful, onScreen };
}

export const SearchResults = memo(function SearchResults({
  listId,
  sections,
  activeIndex,
  multiOffice,
  onOpen,
  onHover,
}: {
  listId: string;
  sections: OfficeSection[];
  activeIndex: number;
  multiOffice: boolean;
  /** A hit or group link was followed (the query is remembered). */
  onOpen: () => void;
  onHover: (index: number) => void;
}) {
  const { t } = useTranslation();
  // Translated once per language, not once per hit or group: lookups cost more than the rows' own work.
  const labels = useMemo(
    () => ({
      kinds: Object.fromEntries(KINDS.map((kind) => [kind, t(`kind.${kind}`)])) as Record<HitKind, string>,
      list: t('search.resultsLabel'),
      officeLevel: t('search.officeLevel'),
    }),
    [t],
  );
  const officeHits = useCountLabel('filters.officeHits');
  const byOffice = sections.length > 1;
  const list = useRef<HTMLDivElement>(null);
  const { shown, onScreen } = useScreenfulFirst(sections, byOffice, list, activeIndex);
  return (
    <div
      ref={list}
      id={listId}
      role="listbox"
      aria-label={labels.list}
      className="results"
      hidden={!sections.length}
      // Whether every row is drawn (the rows below the window wait for a pause in typing).
      data-complete={shown === sections}
    >
      {shown.map((section) => {
        const groups = section.groups.map((group) => (
          <div
            key={group.key}
            role={byOffice ? undefined : 'group'}
            aria-labelledby={byOffice ? undefined : `${listId}-${group.key} ${listId}-${group.key}-office`}
            className="result-group"
            // Rows drawn after the screenful wait for a scroll to be laid out (content-visibility);
            // the screenful's are laid out at once, in one pass, not first as placeholders.
            data-below={onScreen.has(group.key) ? undefined : true}
          >
            <div className="result-group-title" lang="zh-CN">
              {/* A pointer shortcut: a listbox may hold only options, so the link is kept out of the
                  accessibility tree and the tab order; the keyboard reaches the unit through its hits. */}
              <a
                id={`${listId}-${group.key}`}
                href={group.unitId !== null ? href.unit(group.unitId) : href.office(group.officeId)}
                data-testid="result-group-link"
                aria-hidden="true"
                tabIndex={-1}
                onClick={onOpen}
              >
                {group.unit !== null ? zh(group.unit) : labels.officeLevel}
              </a>
              {!byOffice && (multiOffice || group.unit === null) && (
                <span className="result-group-office" id={`${listId}-${group.key}-office`}>
                  {zh(group.office)}
                </span>
              )}
            </div>
            {group.hits.map(({ hit, index }) => (
              <HitOption
                key={index}
                hit={hit}
                kindLabel={labels.kinds[hit.kind]}
                id={optionId(listId, index)}
                index={index}
                selected={index === activeIndex}
                onOpen={onOpen}
                onHover={onHover}
              />
            ))}
          </div>
        ));
        if (!byOffice) return groups;
        // Several offices: one group per office (a listbox's groups cannot nest), its units inside.
        const titleId = `${listId}-office-${section.officeId}`;
        return (
          <div
            key={section.officeId}
            role="group"
            aria-labelledby={titleId}
            className="office-section"
            data-testid="office-section"
            data-office-id={section.officeId}
            data-below={onScreen.has(section.officeId) ? undefined : true}
          >
            <div className="office-section-title" lang="zh-CN">
              <a id={titleId} href={href.office(section.officeId)} aria-hidden="true" tabIndex={-1} onClick={onOpen}>
                {zh(section.office)}
              </a>
              <span className="count">{officeHits(section.count)}</span>
            </div>
            {groups}
          </div>
        );
      })}
    </div>
  );
});

/** The same evidence at the same place: typing one more letter often keeps most hits. */
function sameHit(a: SearchHit, b: SearchHit): boolean {
  return (
    a === b ||
    (a.kind === b.kind &&
      a.line === b.line &&
      a.officeId === b.officeId &&
      a.unitId === b.unitId &&
      a.text === b.text &&
      a.matches.length === b.matches.length &&
      a.matches.every(([s, e], i) => s === b.matches[i]![0] && e === b.matches[i]![1]))
  );
}

const HitOption = memo(
  function HitOption({
    hit,
    kindLabel,
    id,
    index,
    selected,
    onOpen,
    onHover,
  }: {
    hit: SearchHit;
    kindLabel: string;
    id: string;
    index: number;
    selected: boolean;
    onOpen: () => void;
    onHover: (index: number) => void;
  }) {
    const snippet = snippetAround(hit.text, hit.matches);
    return (
      <a
        id={id}
        role="option"
        aria-selected={selected}
        tabIndex={-1}
        data-testid="search-hit"
        data-unit={hit.unit ?? ''}
        data-kind={hit.kind}
        data-office-id={hit.officeId}
        className="hit"
        href={hitTarget(hit)}
        onClick={onOpen}
        onMouseMove={() => !selected && onHover(index)}
      >
        <span className={`kind kind-${hit.kind}`}>{kindLabel}</span>
        <span className="hit-text" lang="zh-CN">
          <Highlight text={zh(snippet.text)} matches={snippet.matches} />
        </span>
      </a>
    );
  },
  (prev, next) =>
    sameHit(prev.hit, next.hit) &&
    prev.kindLabel === next.kindLabel &&
    prev.id === next.id &&
    prev.index === next.index &&
    prev.selected === next.selected &&
    prev.onOpen === next.onOpen &&
    prev.onHover === next.onHover,
);
