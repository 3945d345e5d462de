import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The administrators' workspace (/admin/…): the workflow designer and monitor come here. Not built yet. */
export default function AdminWorkspace({ section }: { section: string }) {
  useDocumentTitle('Admin');
  return (
    <section className="page" data-section={section}>
      <h1>Admin</h1>
    </section>
  );
}
