import { Button } from '@facet/ui/button';
import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto grid min-h-dvh max-w-md place-content-center gap-4 px-4 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-3xl">We could not find that page</h1>
      <p className="text-muted-foreground">The link may be old, or the page may belong to another account.</p>
      <Button asChild className="justify-self-center">
        <Link href="/">Back to the shop</Link>
      </Button>
    </main>
  );
}
