import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { useUnits } from '../../../api/units';
import { buildUnitIndex } from '../utils/unit-index';
import { treeItemId } from './UnitTree';
import { UnitDetailPanel } from './UnitDetailPanel';
import { UnitTreePanel } from './UnitTreePanel';
import './organisation.css';

// Below this width the detail replaces the tree instead of standing beside it (organisation.css).
const NARROW = '(max-width: 47.99rem)';

/** Tree and detail side by side; the chosen unit lives in ?unit= so it can be linked and survives a reload. */
export function OrganisationBrowser() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('unit');
  const tree = useUnits();
  const index = useMemo(() => (tree.data ? buildUnitIndex(tree.data) : null), [tree.data]);
  const focusDetail = useRef(false);
  const focusTreeItem = useRef<string | null>(null);

  const takeFocusRequest = useCallback(() => {
    const requested = focusDetail.current;
    focusDetail.current = false;
    return requested;
  }, []);

  useEffect(() => {
    if (selectedId !== null || !focusTreeItem.current) return;
    document.getElementById(treeItemId(focusTreeItem.current))?.focus();
    focusTreeItem.current = null;
  }, [selectedId]);

  function select(unitId: string) {
    // On a phone the tree hides once a unit is chosen, so focus follows to the detail.
    focusDetail.current = window.matchMedia(NARROW).matches;
    setSearchParams({ unit: unitId });
  }

  function backToTree() {
    focusTreeItem.current = selectedId;
    setSearchParams({});
  }

  return (
    <QueryState query={tree} empty={{ isEmpty: () => !index || index.roots.length === 0, title: t('organisation.emptyTree') }}>
      {() =>
        index && (
          <div className={`org-browser${selectedId ? ' org-browser--selected' : ''}`}>
            <UnitTreePanel index={index} selectedId={selectedId} onSelect={select} />
            <div className="org-browser__detail">
              {selectedId ? (
                <UnitDetailPanel
                  unitId={selectedId}
                  index={index}
                  onNavigate={() => {
                    focusDetail.current = true;
                  }}
                  onBack={backToTree}
                  takeFocusRequest={takeFocusRequest}
                />
              ) : (
                <EmptyState title={t('organisation.pickUnit')} hint={t('organisation.pickUnitHint')} />
              )}
            </div>
          </div>
        )
      }
    </QueryState>
  );
}
