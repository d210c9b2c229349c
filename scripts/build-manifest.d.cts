export declare const DEV_BASE_URL: string;
export declare function normalizeBaseUrl(raw: string): string;
export declare function rewriteManifestUrls(manifestXml: string, baseUrl: string): string;
