export function App() {
  return (
    <main>
      <h1>Spinal metastasis calculator</h1>
      <p>SINS (spinal instability neoplastic score), ESCC (Bilsky epidural spinal cord compression grade) and the TES indication criteria.</p>
    </main>
  );
}
