import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PohonNode } from '../../../../shared/schemas/planning';

function NodeLabel({ node }: { node: PohonNode }) {
  const { t } = useTranslation();
  return (
    <span className="pohon-node__label">
      <span className={`badge ${node.kind === 'IKU' ? 'badge--warning' : 'badge--neutral'}`}>{node.kind}</span> <span className="pohon-node__text">{node.text}</span>
      {node.owner ? (
        <span className="pohon-node__owner">
          {node.owner}
          {node.jabatan ? ` · ${node.jabatan}` : ''}
        </span>
      ) : null}
      {node.flags.map((flag) => (
        <span key={flag} className="badge badge--danger pohon-node__flag">
          {t(`skp.pohon.flag.${flag}`)}
        </span>
      ))}
    </span>
  );
}

function PohonItem({ node }: { node: PohonNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const hasChildren = node.children.length > 0;
  return (
    <li className="pohon-node">
      <div className="pohon-node__row">
        {hasChildren ? (
          <button type="button" className="pohon-node__toggle" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={t(open ? 'skp.pohon.collapse' : 'skp.pohon.expand', { text: node.text })}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="pohon-node__spacer" aria-hidden="true" />
        )}
        <NodeLabel node={node} />
      </div>
      {hasChildren && open ? (
        <ul className="pohon-tree__children plain-list">
          {node.children.map((child) => (
            <PohonItem key={`${child.kind}-${child.id}`} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The cascade as an indented list; each level can be folded with its button. */
export function PohonTree({ nodes, label }: { nodes: PohonNode[]; label: string }) {
  return (
    <ul className="pohon-tree" aria-label={label}>
      {nodes.map((node) => (
        <PohonItem key={`${node.kind}-${node.id}`} node={node} />
      ))}
    </ul>
  );
}
