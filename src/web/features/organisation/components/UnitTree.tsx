import { useEffect, type KeyboardEvent } from 'react';
import type { UnitNode } from '../../../../shared/schemas/organisation';
import { shownChildren, type UnitIndex, type VisibleUnit } from '../utils/unit-index';
import { UnitHeadLine } from './UnitHeadLine';

export const treeItemId = (unitId: string) => `unit-tree-${unitId}`;

interface UnitTreeProps {
  index: UnitIndex;
  /** Top to bottom as shown; the arrow keys walk this list. */
  visible: VisibleUnit[];
  filter: ReadonlySet<string> | null;
  search: string;
  expanded: ReadonlySet<string>;
  selectedId: string | null;
  /** The one item in the tab order (roving tabindex). */
  activeId: string | null;
  labelledBy: string;
  onToggle: (unitId: string, open?: boolean) => void;
  onSelect: (unitId: string) => void;
  onActivate: (unitId: string) => void;
}

function focusItem(unitId: string) {
  document.getElementById(treeItemId(unitId))?.focus();
}

/**
 * The WAI-ARIA tree pattern: one tab stop; Up/Down move, Right opens or steps in, Left closes or
 * steps out, Home/End jump, Enter or Space opens the unit's detail.
 */
export function UnitTree(props: UnitTreeProps) {
  const { visible, expanded, selectedId, onToggle, onSelect, onActivate } = props;

  // A unit chosen elsewhere (the detail's links, a deep link) is scrolled into the tree's own view;
  // the page itself does not move.
  useEffect(() => {
    const row = selectedId ? document.getElementById(treeItemId(selectedId))?.firstElementChild : null;
    const panel = row?.closest<HTMLElement>('[role="tree"]');
    if (!row || !panel || panel.scrollHeight <= panel.clientHeight) return;
    const top = row.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    const bottom = top + row.getBoundingClientRect().height;
    if (top < panel.scrollTop || bottom > panel.scrollTop + panel.clientHeight) panel.scrollTop = top - panel.clientHeight / 3;
  }, [selectedId]);

  function handleKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const unitId = item?.dataset.unitId;
    const position = visible.findIndex((entry) => entry.unit.id === unitId);
    const current = visible[position];
    if (!unitId || !current) return;
    const move = (target: VisibleUnit | undefined) => {
      if (!target) return;
      onActivate(target.unit.id);
      focusItem(target.unit.id);
    };
    const open = expanded.has(unitId);
    switch (event.key) {
      case 'ArrowDown':
        move(visible[position + 1]);
        break;
      case 'ArrowUp':
        move(visible[position - 1]);
        break;
      case 'ArrowRight':
        if (current.hasChildren && !open) onToggle(unitId, true);
        else if (current.hasChildren) move(visible[position + 1]);
        break;
      case 'ArrowLeft':
        if (current.hasChildren && open) onToggle(unitId, false);
        else if (current.parentId) move(visible.find((entry) => entry.unit.id === current.parentId));
        break;
      case 'Home':
        move(visible[0]);
        break;
      case 'End':
        move(visible.at(-1));
        break;
      case 'Enter':
      case ' ':
        onSelect(unitId);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <ul role="tree" className="org-tree" aria-labelledby={props.labelledBy} onKeyDown={handleKeyDown}>
      <TreeLevel {...props} units={props.filter ? props.index.roots.filter((u) => props.filter!.has(u.id)) : props.index.roots} level={1} />
    </ul>
  );
}

function TreeLevel(props: UnitTreeProps & { units: UnitNode[]; level: number }) {
  const { units, level, index, filter, expanded, selectedId, activeId, search, onToggle, onSelect, onActivate } = props;
  return units.map((unit, position) => {
    const kids = shownChildren(index, unit.id, filter);
    const open = kids.length > 0 && expanded.has(unit.id);
    const id = treeItemId(unit.id);
    return (
      <li
        key={unit.id}
        id={id}
        role="treeitem"
        data-unit-id={unit.id}
        className="org-tree__item"
        aria-level={level}
        aria-setsize={units.length}
        aria-posinset={position + 1}
        aria-expanded={kids.length > 0 ? open : undefined}
        aria-selected={unit.id === selectedId}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-meta`}
        tabIndex={unit.id === activeId ? 0 : -1}
        onFocus={(event) => {
          if (event.target === event.currentTarget) onActivate(unit.id);
        }}
        onClick={(event) => {
          event.stopPropagation();
          onActivate(unit.id);
          onSelect(unit.id);
          if (kids.length > 0 && !open) onToggle(unit.id, true);
        }}
      >
        <div className="org-tree__row" style={{ paddingInlineStart: `${(level - 1) * 1.1}rem` }}>
          {kids.length > 0 ? (
            // Pointer shortcut only; keyboard users open and close with the arrow keys.
            <span
              className="org-tree__toggle"
              aria-hidden="true"
              onClick={(event) => {
                event.stopPropagation();
                onActivate(unit.id);
                onToggle(unit.id);
                focusItem(unit.id);
              }}
            >
              <svg viewBox="0 0 16 16" focusable="false">
                <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </span>
          ) : (
            <span className="org-tree__spacer" aria-hidden="true" />
          )}
          <span className="org-tree__text">
            <span id={`${id}-name`} className="org-tree__name">
              <Highlighted text={unit.name} search={search} />
            </span>
            <span id={`${id}-meta`} className="org-tree__meta">
              <UnitHeadLine unit={unit} total={index.totals.get(unit.id) ?? unit.pegawaiCount} />
            </span>
          </span>
        </div>
        {open ? (
          <ul role="group" className="org-tree__group plain-list">
            <TreeLevel {...props} units={kids} level={level + 1} />
          </ul>
        ) : null}
      </li>
    );
  });
}

function Highlighted({ text, search }: { text: string; search: string }) {
  const needle = search.trim().toLocaleLowerCase('id');
  const at = needle ? text.toLocaleLowerCase('id').indexOf(needle) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + needle.length)}</mark>
      {text.slice(at + needle.length)}
    </>
  );
}
