import type { NextConfig } from 'next';
import { env } from './src/env';

// The explorer's proxy to the API lives in src/proxy.ts: rewrites here would be frozen at build time.
process.env.NEXT_TELEMETRY_DISABLED = env.NEXT_TELEMETRY_DISABLED;

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@gongkai/schema'],
  experimental: {
    // One file per action call; the API accepts files up to 20 MB.
    serverActions: { bodySizeLimit: '21mb' },
    // forbidden() answers 403 for a signed-in user without the role a page needs.
    authInterrupts: true,
  },
  // On every response, static files included (the proxy adds the CSP and frame rules to pages).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default config;
