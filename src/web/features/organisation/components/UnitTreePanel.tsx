import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { ancestorIds, matchingUnitIds, unitsInView, visibleUnits, type UnitIndex } from '../utils/unit-index';
import { UnitTree } from './UnitTree';

interface UnitTreePanelProps {
  index: UnitIndex;
  selectedId: string | null;
  onSelect: (unitId: string) => void;
}

const withAncestors = (index: UnitIndex, current: ReadonlySet<string>, unitId: string) => new Set([...current, ...ancestorIds(index, unitId)]);

export function UnitTreePanel({ index, selectedId, onSelect }: UnitTreePanelProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // An admin OPD's tree has one root, their OPD: it starts open.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => {
    const open = new Set(index.roots.length === 1 ? [index.roots[0]!.id] : []);
    return selectedId ? withAncestors(index, open, selectedId) : open;
  });
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  // A unit chosen outside the tree opens the branches down to it (adjusting state to a new prop).
  const [openedFor, setOpenedFor] = useState(selectedId);
  if (openedFor !== selectedId) {
    setOpenedFor(selectedId);
    if (selectedId) setExpanded((current) => withAncestors(index, current, selectedId));
  }

  const matches = useMemo(() => matchingUnitIds(index, search), [index, search]);
  const filter = useMemo(() => (search.trim() ? unitsInView(index, matches) : null), [index, matches, search]);
  const visible = useMemo(() => visibleUnits(index, expanded, filter), [index, expanded, filter]);
  const isVisible = (unitId: string | null) => unitId !== null && visible.some((entry) => entry.unit.id === unitId);
  const tabStop = isVisible(activeId) ? activeId : isVisible(selectedId) ? selectedId : (visible[0]?.unit.id ?? null);

  function changeSearch(value: string) {
    setSearch(value);
    // Typing opens every branch that leads to a match; clearing keeps the branches as they are.
    if (value.trim()) setExpanded(new Set([...matchingUnitIds(index, value)].flatMap((id) => ancestorIds(index, id))));
  }

  function toggle(unitId: string, open?: boolean) {
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(unitId)) next.add(unitId);
      else next.delete(unitId);
      return next;
    });
  }

  return (
    <section className="org-tree-panel card" aria-labelledby="org-tree-title">
      <h2 id="org-tree-title">{t('organisation.treeTitle')}</h2>
      <div className="org-tree-panel__search" role="search">
        <TextField
          type="search"
          label={t('organisation.search')}
          hint={t('organisation.searchHint')}
          value={search}
          onChange={(event) => changeSearch(event.target.value)}
          autoComplete="off"
          maxLength={100}
        />
      </div>
      <div className="org-tree-panel__status">
        <p role="status" className="muted">
          {search.trim() ? t('organisation.matches', { count: matches.size }) : t('organisation.unitCount', { count: index.byId.size })}
        </p>
        {expanded.size > 0 ? (
          <Button variant="ghost" size="sm" onClick={() => setExpanded(new Set())}>
            {t('organisation.collapseAll')}
          </Button>
        ) : null}
      </div>
      {visible.length > 0 ? (
        <UnitTree
          index={index}
          visible={visible}
          filter={filter}
          search={search}
          expanded={expanded}
          selectedId={selectedId}
          activeId={tabStop}
          labelledBy="org-tree-title"
          onToggle={toggle}
          onSelect={onSelect}
          onActivate={setActiveId}
        />
      ) : null}
    </section>
  );
}
