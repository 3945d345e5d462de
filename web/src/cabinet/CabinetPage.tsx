import type { CabinetSection } from '../routing/router';
export default function CabinetPage({ section }: { section: CabinetSection }) {
  return <section className="page" data-section={section}><h1>Жеке кабинет</h1></section>;
}
