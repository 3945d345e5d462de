export default function ApplicationPage({ id }: { id: string }) {
  return <section className="page" data-id={id} />;
}
