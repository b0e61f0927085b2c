import { Button } from '@facet/ui/button';
import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto grid min-h-dvh max-w-md place-content-center gap-4 px-4 text-center">
      <p className="text-sm font-medium text-muted-foreground">403</p>
      <h1 className="text-3xl">This area is not for your account</h1>
      <p className="text-muted-foreground">
        You are signed in, but your role cannot open this page. If you need access, ask an administrator.
      </p>
      <Button asChild className="justify-self-center">
        <Link href="/home">Go to your home page</Link>
      </Button>
    </main>
  );
}
