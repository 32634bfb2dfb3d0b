/**
 * Types for the part of `@11ty/eleventy-dev-server` that the preview uses.
 * The package ships JavaScript only.
 */
declare module '@11ty/eleventy-dev-server' {
  /** Where the server writes its own messages. */
  interface DevServerLogger {
    info(message: string): void;
    log(message: string): void;
    error(message: string): void;
  }

  /** Options of `EleventyDevServer.getServer` that this project passes. */
  interface DevServerOptions {
    readonly port?: number;
    readonly liveReload?: boolean;
    readonly domDiff?: boolean;
    readonly pathPrefix?: string;
    readonly portReassignmentRetryCount?: number;
    readonly logger?: DevServerLogger;
    readonly messageOnStart?: () => string | false;
    /** Run before the static files are served, in order; each calls `next` to go on. */
    readonly middleware?: readonly ((request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, next: () => void) => void)[];
  }

  /** A static server with live reload over a WebSocket. */
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    /** Tells open pages to reload. */
    reload(event?: {readonly files?: readonly string[]; readonly build?: {readonly templates: readonly unknown[]}}): void;
    /** Shows an error in open pages. */
    sendError(event: {readonly error: Error}): void;
    close(): Promise<void>;
  }
}
