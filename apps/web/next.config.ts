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
  },
};

export default config;
