interface Props {
  programme: string;
  portalHref: string;
  malbild: {
    title: string;
    status: string;
    vision: string;
    perspectives: { id: string; title: string; statements: { id: string; text: string }[] }[];
    statements: { id: string; text: string }[];
  };
}

/** The målbild for a member who may read but not change it (role: läsare). */
export function ReadOnlyMalbild({ programme, portalHref, malbild }: Props) {
  return (
    <>
      <h1>Målbilden</h1>
      <p className="lead">
        {malbild.title} · {malbild.status}
      </p>
      <p className="notice">
        Din roll i {programme} får läsa men inte ändra målbilden. Kontakta programmets samordnare om du behöver ändra något.{" "}
        <a href={portalHref}>Visa målbilden på portalen</a>
      </p>
      <section aria-labelledby="vision-rubrik" className="panel">
        <h2 id="vision-rubrik">Vision</h2>
        <p>{malbild.vision}</p>
      </section>
      <section aria-labelledby="pastaenden-rubrik" className="panel">
        <h2 id="pastaenden-rubrik">Påståenden</h2>
        {malbild.perspectives.map((p) => (
          <section key={p.id} aria-labelledby={`grupp-${p.id}`}>
            <h3 id={`grupp-${p.id}`}>{p.title}</h3>
            {p.statements.length ? (
              <ol>
                {p.statements.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ol>
            ) : (
              <p className="empty">Inga påståenden under det här perspektivet ännu.</p>
            )}
          </section>
        ))}
        {malbild.statements.length ? (
          <>
            {malbild.perspectives.length ? <h3>Utan perspektiv</h3> : null}
            <ol>
              {malbild.statements.map((s) => (
                <li key={s.id}>{s.text}</li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </>
  );
}
