/** A static page: no loader, no data. What Remix serves when the application does nothing. */
export default function Index() {
  return (
    <main>
      <h1>Nära vård</h1>
      <p>En statisk sida utan data, som jämförelse för prestandamätningen.</p>
    </main>
  );
}
