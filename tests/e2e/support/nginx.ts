import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { waitForPort } from './port'

/**
 * Debian's nginx running the shipped configuration (deploy/nginx/portal.conf) in front of a
 * test server: the file is used as it is, with only its three EDIT lines (the instance, the
 * listening address and the cache folder) pointed at the test's ports and a scratch folder.
 */
const binary = process.env.NGINX_PATH || '/usr/sbin/nginx'

export type TestNginx = { url: string; stop: () => Promise<void>; errors: () => string }

export function shippedConfig(options: { port: number; upstream: string; cacheDir: string }) {
  const replacements: [RegExp, string][] = [
    [/server 127\.0\.0\.1:3000;/, `server ${options.upstream};`],
    [/listen 80;/, `listen 127.0.0.1:${options.port};`],
    [/\/var\/cache\/nginx\/portal/, options.cacheDir],
  ]
  let text = readFileSync(path.resolve('deploy/nginx/portal.conf'), 'utf8')
  for (const [pattern, value] of replacements) {
    if (!pattern.test(text)) throw new Error(`deploy/nginx/portal.conf has no ${pattern}`)
    text = text.replace(pattern, value)
  }
  return text
}

/** nginx serving the files of `root` as they are, the way it serves a static site. */
export function staticConfig(options: { port: number; root: string }) {
  return `server {
    listen 127.0.0.1:${options.port};
    root ${options.root};
    default_type text/html;
    charset utf-8;
    open_file_cache max=1000 inactive=60s;
}`
}

/**
 * Starts nginx on `port` with the shipped configuration in front of `upstream`, or with the
 * given `http` block contents instead.
 */
export async function startNginx(
  options: { port: number; dir: string } & ({ upstream: string } | { http: string }),
): Promise<TestNginx> {
  const { dir } = options
  mkdirSync(path.join(dir, 'cache'), { recursive: true })
  const asRoot = process.getuid?.() === 0
  const site =
    'http' in options
      ? options.http
      : shippedConfig({
          port: options.port,
          upstream: options.upstream,
          cacheDir: path.join(dir, 'cache'),
        })
  const main = `${asRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
    access_log off;
    # As in Debian's /etc/nginx/nginx.conf.
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${dir}/client-body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${site}
}
`
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(conf, main)
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', conf], { stdio: 'ignore' })
  const errors = () => {
    try {
      return readFileSync(path.join(dir, 'error.log'), 'utf8')
    } catch {
      return ''
    }
  }
  if (!(await waitForPort(options.port, { gaveUp: () => child.exitCode !== null }))) {
    throw new Error(`nginx did not start on port ${options.port}:\n${errors()}`)
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    errors,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGQUIT')
      await exited
    },
  }
}
