import { PageHeading } from '../components/PageHeading.jsx';
import { Link } from '../router.jsx';

export function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>We could not find this page. If you typed the address, check it is right.</p>
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </>
  );
}
