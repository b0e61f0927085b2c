'use client';

import { Component, type ReactNode } from 'react';

/** Shows `fallback` instead of a 3D view that failed (no WebGL, a model that would not load). */
export class ViewBoundary extends Component<
  { fallback: ReactNode; children: ReactNode; onError: () => void },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
