import type { ReactNode } from "react";

/** A progress bar that says its value in words too, so colour and length are never the only cue. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  if (value === null) return <p className="progress progress--empty">{label}: inget att räkna än</p>;
  return (
    <div className="progress">
      <span className="progress__label">
        {label}: <strong>{value} %</strong>
      </span>
      <span className="progress__track" aria-hidden="true">
        <span className="progress__bar" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
    </div>
  );
}

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "good" | "warn" | "info" }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/** A labelled aside, e.g. for where content comes from or that it is demo data. */
export function Note({ children, title }: { children: ReactNode; title: string }) {
  return (
    <aside className="note" aria-label={title}>
      <p className="note__title">{title}</p>
      <div>{children}</div>
    </aside>
  );
}

export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Brödsmulor" className="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`}>{item.href && i < items.length - 1 ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
