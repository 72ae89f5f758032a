/* Generated from openapi.json by `npm run openapi`. Do not edit. */
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability (for load balancers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "unavailable";
                            version: string;
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            mustChangePassword: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends the session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (ends your other sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and what they may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles and what each one allows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            roles: {
                                /** @enum {string} */
                                role: "admin" | "asset_manager" | "technician" | "auditor" | "viewer";
                                label: string;
                                permissions: string[];
                            }[];
                            permissions: {
                                name: string;
                                /** @enum {string} */
                                scope: "organisation" | "location";
                                description: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the e-mail or name. */
                    q?: string;
                    status?: "active" | "deactivated";
                    role?: "admin" | "asset_manager" | "technician" | "auditor" | "viewer";
                    /** @description Sort field; prefix with "-" for descending. One of: email, name, createdAt. */
                    sort?: "email" | "-email" | "name" | "-name" | "createdAt" | "-createdAt";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create (invite) a user
         * @description Without a password, a temporary one is generated and returned once; the user must change it at first sign-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @description Leave out to generate a temporary password, shown once; the user must change it at first sign-in. */
                        password?: string;
                        /** @default [] */
                        grants?: {
                            /** @enum {string} */
                            role: "admin" | "asset_manager" | "technician" | "auditor" | "viewer";
                            /** @description null: the whole organisation; otherwise this location and its subtree. */
                            locationId: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            temporaryPassword: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a user, or deactivate / reactivate one */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        /** Format: email */
                        email?: string;
                        name?: string;
                        /**
                         * @description Deactivating signs the user out everywhere and stops their tokens.
                         * @enum {string}
                         */
                        status?: "active" | "deactivated";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a user's roles and their scopes */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        grants: {
                            /** @enum {string} */
                            role: "admin" | "asset_manager" | "technician" | "auditor" | "viewer";
                            /** @description null: the whole organisation; otherwise this location and its subtree. */
                            locationId: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a user's password (signs them out everywhere) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Leave out to generate a temporary password; either way the user must change it at next sign-in. */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            temporaryPassword: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (your own; administrators may list anyone’s) */
        get: {
            parameters: {
                query?: {
                    /** @description Another user's tokens (administrators only). */
                    userId?: string;
                    /** @description Everyone's tokens (administrators only). */
                    all?: string;
                    includeRevoked?: string;
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token; the secret is returned once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @default read_only
                         * @enum {string}
                         */
                        access?: "read_only" | "read_write";
                        /**
                         * Format: date-time
                         * @description When the token stops working; leave out for no expiry.
                         */
                        expiresAt?: string;
                        /**
                         * Format: uuid
                         * @description Issue the token for another user (administrators only).
                         */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: components["schemas"]["ApiToken"];
                            /** @description Send as "Authorization: Bearer <secret>". Shown only now. */
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    entityType?: string;
                    entityId?: string;
                    /** @description An action, or a prefix ending in ".*" such as "user.*". */
                    action?: string;
                    source?: string;
                    from?: string;
                    to?: string;
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEntry"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entity types and actions present in the log (for filters) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entityTypes: string[];
                            actions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Seal pending entries and verify the whole hash chain
         * @description `ok` is false when an entry was altered, deleted or inserted behind the application; `firstProblem` names it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerifyReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the chain in the background, with progress (for long logs) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs, newest first (your own, or everyone’s for administrators and auditors) */
        get: {
            parameters: {
                query?: {
                    status?: "queued" | "running" | "completed" | "failed" | "cancelled";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Job"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job and its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a queued or running job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search assets */
        get: {
            parameters: {
                query?: {
                    /** @description Free text over tag, serial, name, notes, model and assignee. */
                    q?: string;
                    /** @description Repeat for several statuses. */
                    status?: ("on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen") | ("on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen")[];
                    categoryId?: string;
                    modelId?: string;
                    manufacturerId?: string;
                    /** @description This location and everything below it. */
                    locationId?: string;
                    /** @description Assets checked out to this person. */
                    personId?: string;
                    supplierId?: string;
                    purchasedFrom?: string;
                    purchasedTo?: string;
                    /** @description Warranty ending before this date. */
                    warrantyBefore?: string;
                    /** @description Custom field filters as JSON, e.g. {"ram_gb":"16"} (values compared as text). */
                    customFields?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: tag, status, createdAt, updatedAt, purchaseDate, warrantyEnd. */
                    sort?: "tag" | "-tag" | "status" | "-status" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "purchaseDate" | "-purchaseDate" | "warrantyEnd" | "-warrantyEnd";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Asset"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an asset (in stock at a location, or on order) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        modelId: string;
                        /**
                         * @default in_stock
                         * @enum {string}
                         */
                        status?: "in_stock" | "on_order";
                        /** @description Where the asset is; required unless it is on order. */
                        locationId?: string | null;
                        supplierId?: string | null;
                        orderReference?: string | null;
                        purchaseDate?: string | null;
                        purchaseCost?: string | null;
                        currency?: string | null;
                        warrantyEnd?: string | null;
                        costCentre?: string | null;
                        /** @description Leave out to generate one from the tag pattern. */
                        tag?: string;
                        serial?: string | null;
                        name?: string | null;
                        customFields?: {
                            [key: string]: unknown;
                        };
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many assets a list would show
         * @description Takes the list's filters. Exact up to 10,000; beyond, `exact` is false and `count` is that cap, unless the filters are only status, category, model and location (then exact at any size, from the maintained counts).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Free text over tag, serial, name, notes, model and assignee. */
                    q?: string;
                    /** @description Repeat for several statuses. */
                    status?: ("on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen") | ("on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen")[];
                    categoryId?: string;
                    modelId?: string;
                    manufacturerId?: string;
                    /** @description This location and everything below it. */
                    locationId?: string;
                    /** @description Assets checked out to this person. */
                    personId?: string;
                    supplierId?: string;
                    purchasedFrom?: string;
                    purchasedTo?: string;
                    /** @description Warranty ending before this date. */
                    warrantyBefore?: string;
                    /** @description Custom field filters as JSON, e.g. {"ram_gb":"16"} (values compared as text). */
                    customFields?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetCount"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One asset */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an asset's data (status, location and assignee change through actions) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        tag?: string;
                        serial?: string | null;
                        name?: string | null;
                        /** Format: uuid */
                        modelId?: string;
                        supplierId?: string | null;
                        orderReference?: string | null;
                        purchaseDate?: string | null;
                        purchaseCost?: string | null;
                        currency?: string | null;
                        warrantyEnd?: string | null;
                        costCentre?: string | null;
                        /** @description Fields to set; a null value clears one. Fields left out keep their value. */
                        customFields?: {
                            [key: string]: unknown;
                        };
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/assets/by-tag/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One asset by its tag (case-insensitive) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An asset's history, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AssetEvent"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a delivery without an order: one model, one stockroom, one entry per unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        modelId: string;
                        /**
                         * Format: uuid
                         * @description The stockroom the delivery is put in.
                         */
                        locationId: string;
                        supplierId?: string | null;
                        orderReference?: string | null;
                        purchaseDate?: string | null;
                        purchaseCost?: string | null;
                        currency?: string | null;
                        warrantyEnd?: string | null;
                        costCentre?: string | null;
                        /** @description One entry per unit: usually just its serial. */
                        items: {
                            /** @description Leave out to generate one from the tag pattern. */
                            tag?: string;
                            serial?: string | null;
                            name?: string | null;
                            customFields?: {
                                [key: string]: unknown;
                            };
                            notes?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Asset"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/bulk-edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the same fields on several assets: all or nothing, one event per asset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assetIds: string[];
                        /** @description The fields to set on every asset; identity fields (tag, serial, model) are edited one by one. */
                        values: {
                            name?: string | null;
                            supplierId?: string | null;
                            orderReference?: string | null;
                            purchaseDate?: string | null;
                            purchaseCost?: string | null;
                            currency?: string | null;
                            warrantyEnd?: string | null;
                            costCentre?: string | null;
                            /** @description Fields to set; a null value clears one. Fields left out keep their value. */
                            customFields?: {
                                [key: string]: unknown;
                            };
                            notes?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Asset"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Do a lifecycle action on one asset
         * @description Actions: receive, move, check_out, check_in, send_to_repair, return_from_repair, mark_missing, mark_found, mark_lost, mark_stolen, retire, dispose. A refusal (409 invalid_transition) says why.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "receive" | "move" | "check_out" | "check_in" | "send_to_repair" | "return_from_repair" | "mark_missing" | "mark_found" | "mark_lost" | "mark_stolen" | "retire" | "dispose";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Destination: needed by receive, move, check in, return from repair, found.
                         */
                        locationId?: string;
                        /** @description Who or what the asset is checked out to. */
                        assignee?: {
                            /** @enum {string} */
                            type: "person" | "location" | "asset";
                            /** Format: uuid */
                            id: string;
                        };
                        /**
                         * @description Check out an asset already in use to someone else, on purpose.
                         * @default false
                         */
                        transfer?: boolean;
                        /** @description The service request this is done for. */
                        requestReference?: string;
                        /** Format: date */
                        expectedReturnDate?: string;
                        /** @description Why: required to dispose of an asset. */
                        reason?: string;
                        /** @description What disposal brought in (sale, scrap value). */
                        proceeds?: string;
                        notes?: string;
                        /** @description For a single asset: refuse if it changed since you read it. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Do a lifecycle action on several assets: all or nothing, one event per asset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "receive" | "move" | "check_out" | "check_in" | "send_to_repair" | "return_from_repair" | "mark_missing" | "mark_found" | "mark_lost" | "mark_stolen" | "retire" | "dispose";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Destination: needed by receive, move, check in, return from repair, found.
                         */
                        locationId?: string;
                        /** @description Who or what the asset is checked out to. */
                        assignee?: {
                            /** @enum {string} */
                            type: "person" | "location" | "asset";
                            /** Format: uuid */
                            id: string;
                        };
                        /**
                         * @description Check out an asset already in use to someone else, on purpose.
                         * @default false
                         */
                        transfer?: boolean;
                        /** @description The service request this is done for. */
                        requestReference?: string;
                        /** Format: date */
                        expectedReturnDate?: string;
                        /** @description Why: required to dispose of an asset. */
                        reason?: string;
                        /** @description What disposal brought in (sale, scrap value). */
                        proceeds?: string;
                        notes?: string;
                        assetIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Asset"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per model and status, rolled up over a location subtree; models below minimum first */
        get: {
            parameters: {
                query?: {
                    /** @description Roll up this location and its subtree (default: everything you may see). */
                    locationId?: string;
                    categoryId?: string;
                    modelId?: string;
                    /** @description Only models whose stock is below their minimum. */
                    belowMinimum?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StockLevel"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/asset-tag-pattern": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pattern generated asset tags follow */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pattern: string;
                            /** @description What the next generated tags look like. */
                            example: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change the pattern of generated asset tags (existing tags stay as they are) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description e.g. "QM-{000000}": the zeros give the number of digits. */
                        pattern: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pattern: string;
                            /** @description What the next generated tags look like. */
                            example: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lookup/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a scanned or typed code is: an asset, a location, a person or a model
         * @description Reads tags, serials, location codes, employee numbers and badges, e-mail addresses, our own QR links, GTINs and GS1 element strings (with or without AIM prefix and FNC1). Percent-encode the code; for links, GET /lookup?code= is easier.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LookupResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as /lookup/{code}, with the code in the query string */
        get: {
            parameters: {
                query: {
                    code: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LookupResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a batch of scans (live or synced from an offline queue): once per client id, in scan-time order
         * @description Each scan names an action (move, check_out, check_in, send_to_repair, return_from_repair, mark_found), the code of the asset and, before it, the location or person scanned. The answer has one result per scan: applied, conflict (the asset changed after the scan was taken) or rejected, with the reason. Sending the same scans again changes nothing and returns the same answers.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Which station sent the batch, for the history. */
                        deviceId?: string;
                        scans: {
                            /**
                             * Format: uuid
                             * @description Made by the station for each scan; a scan sent again with the same id is applied once.
                             */
                            clientId: string;
                            /**
                             * Format: date-time
                             * @description When it was scanned (scans apply in this order).
                             */
                            scannedAt: string;
                            /** @enum {string} */
                            action: "move" | "check_out" | "check_in" | "send_to_repair" | "return_from_repair" | "mark_found";
                            /** @description The asset's code as scanned: tag, serial, our QR link or GS1. */
                            code: string;
                            /** @description What was scanned before it: the location (move, check in, return, found) or the person (check out). */
                            target?: string;
                            requestReference?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: components["schemas"]["ScanResult"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scans/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply lines of quantity-tracked stock scanned at a station (receive, issue, transfer, count, adjust): once per client id, in scan-time order
         * @description Each line names the location scanned, the model (GTIN, GS1 with AI 01, model number or our link to the model) and a quantity; an issue names who or where it goes to (a person by badge, e-mail or employee number, or a location), a transfer the location it goes to. A count gives what was counted: on hand at the scan time becomes that, adjusted with a reason. Lines go through the stock ledger (never below zero, quantity-tracked models only, within the caller's locations). The answer has one result per line: applied with the on-hand that results, or rejected with the reason. Sending the same lines again moves nothing and returns the same answers.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Which station sent the lines, for the history. */
                        deviceId?: string;
                        lines: {
                            /**
                             * Format: uuid
                             * @description Made by the station for each line; a line sent again with the same id is applied once.
                             */
                            clientId: string;
                            /**
                             * Format: date-time
                             * @description When it was scanned (lines apply in this order).
                             */
                            scannedAt: string;
                            /**
                             * @description receive, issue, transfer; count: `quantity` is what was counted there (on hand at the scan time becomes it); adjust: `quantity` is signed.
                             * @enum {string}
                             */
                            kind: "receive" | "issue" | "transfer" | "count" | "adjust";
                            /** @description The location scanned: where the stock is received, issued or counted, or where a transfer leaves from. */
                            location: string;
                            /** @description The model's code as scanned: GTIN, GS1 with AI 01, model number, or our link. */
                            model: string;
                            quantity: number;
                            /** @description Issue: the person (badge, e-mail, employee number) or location it goes to. Transfer: the location. */
                            to?: string;
                            /** @description Adjust: why (required). Count: defaults to a stock count. */
                            reason?: string;
                            reference?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: components["schemas"]["StockScanResult"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scans/batch-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A handheld scanner's batch file: a location code sets where the following assets are moved
         * @description Lines of "time,code", "time<TAB>code" or just "code". Importing the same file again applies nothing twice. The answer has a line per line of the file.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The file as text. */
                        content: string;
                        /**
                         * @default move
                         * @enum {string}
                         */
                        action?: "move" | "check_in" | "return_from_repair" | "mark_found";
                        /** @description The scanner’s UTC offset for times written without one (e.g. "+01:00"); UTC otherwise. */
                        utcOffset?: string;
                        /**
                         * @description How to read dates like 03/04/2024 when the file does not show it.
                         * @enum {string}
                         */
                        dateOrder?: "DMY" | "MDY";
                        deviceId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchFileResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse the tree: the children of one location, or the sites at the top
         * @description Lazy browsing: one level at a time, by name, each with its number of children. A role limited to some subtrees also sees the locations above them (inScope false), with only the children leading down.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The location whose children to list, or "root" for the top of the tree (the sites). */
                    parentId?: "root" | string;
                    includeArchived?: string;
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Location"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a location
         * @description A site is always at the top of the tree (no parentId); every other kind is inside another location. Codes are unique whatever the case.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where the location is. Leave out (or null) for a site, which is always at the top of the tree. */
                        parentId?: string | null;
                        /** @enum {string} */
                        kind: "site" | "building" | "floor" | "room" | "stockroom" | "other";
                        /** @description Unique whatever the case; the location’s barcode. 1-64 characters, no spaces. */
                        code: string;
                        name: string;
                        /** @description Postal address. Meant for sites; allowed on any kind (a building on a campus may have its own). */
                        address?: string | null;
                        /** @description The person responsible for the location. */
                        managerPersonId?: string | null;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search locations by name or code (search-as-you-type), each with its breadcrumb
         * @description What location pickers use. Exact code first, then codes and names starting with the text, then the rest. Finds only locations within your scope.
         */
        get: {
            parameters: {
                query: {
                    /** @description Part of a name or code. One or two characters match the start of names and codes; from three on, anywhere. */
                    q: string;
                    /** @description Only locations of this kind (a stockroom picker, say). */
                    kind?: "site" | "building" | "floor" | "room" | "stockroom" | "other";
                    /** @description Only this location and the locations below it. */
                    under?: string;
                    includeArchived?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LocationSearchHit"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/by-code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One location by its code (a scanned location barcode), whatever the case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One location with its breadcrumb and what is located there */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a location (to change its place in the tree, move it) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        /**
                         * @description A site stays a site (it is a root) and nothing else can become one: move locations instead.
                         * @enum {string}
                         */
                        kind?: "site" | "building" | "floor" | "room" | "stockroom" | "other";
                        /** @description Unique whatever the case; the location’s barcode. 1-64 characters, no spaces. */
                        code?: string;
                        name?: string;
                        address?: string | null;
                        managerPersonId?: string | null;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/locations/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a location and everything below it under another location */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        /**
                         * Format: uuid
                         * @description The new parent. Sites are always at the top and cannot be moved.
                         */
                        parentId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an empty location
         * @description Refused (409 location_not_empty) while it has unarchived child locations, assets located there or assigned to it, people located there who have not left, or user roles limited to it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back an archived location (its parent must not be archived) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name or code. */
                    q?: string;
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, code. */
                    sort?: "name" | "-name" | "code" | "-code";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Department"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a department (needs a role for the whole organisation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description A short code (unique whatever the case, when present). */
                        code?: string | null;
                        costCentre?: string | null;
                        /** @description A person (not a user). */
                        managerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One department */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a department */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description A short code (unique whatever the case, when present). */
                        code?: string | null;
                        costCentre?: string | null;
                        /** @description A person (not a user). */
                        managerId?: string | null;
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/departments/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a department nobody (who has not left) is in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back an archived department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description A role limited to some locations sees the people located there; people without a location are visible only to roles for the whole organisation.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name, e-mail or employee number. */
                    q?: string;
                    departmentId?: string;
                    /** @description People located at this location or anywhere below it. */
                    locationId?: string;
                    status?: "active" | "leaving" | "left";
                    /** @description Direct reports of this person. */
                    managerId?: string;
                    remote?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, employeeNumber, startDate. */
                    sort?: "name" | "-name" | "employeeNumber" | "-employeeNumber" | "startDate" | "-startDate";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Person"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique whatever the case, when present. */
                        employeeNumber?: string | null;
                        name: string;
                        /** @description Unique whatever the case, when present. */
                        email?: string | null;
                        jobTitle?: string | null;
                        departmentId?: string | null;
                        costCentre?: string | null;
                        /** @description Another person (not a user). */
                        managerId?: string | null;
                        locationId?: string | null;
                        remote?: boolean;
                        /** @description YYYY-MM-DD */
                        startDate?: string | null;
                        /** @description YYYY-MM-DD; needed once the status is "left". */
                        endDate?: string | null;
                        /**
                         * @description active (default), leaving, left.
                         * @enum {string}
                         */
                        status?: "active" | "leaving" | "left";
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many people the list would show
         * @description Takes the list's filters. Exact up to 10,000; beyond, `exact` is false and `count` is that cap.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name, e-mail or employee number. */
                    q?: string;
                    departmentId?: string;
                    /** @description People located at this location or anywhere below it. */
                    locationId?: string;
                    status?: "active" | "leaving" | "left";
                    /** @description Direct reports of this person. */
                    managerId?: string;
                    remote?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeopleCount"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person with their manager, location, user and assets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a person */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        /** @description Unique whatever the case, when present. */
                        employeeNumber?: string | null;
                        name?: string;
                        /** @description Unique whatever the case, when present. */
                        email?: string | null;
                        jobTitle?: string | null;
                        departmentId?: string | null;
                        costCentre?: string | null;
                        /** @description Another person (not a user). */
                        managerId?: string | null;
                        locationId?: string | null;
                        remote?: boolean;
                        /** @description YYYY-MM-DD */
                        startDate?: string | null;
                        /** @description YYYY-MM-DD; needed once the status is "left". */
                        endDate?: string | null;
                        /**
                         * @description active (default), leaving, left.
                         * @enum {string}
                         */
                        status?: "active" | "leaving" | "left";
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people/{id}/link-user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link the person to the user account they sign in with, or unlink (userId null) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        /** @description The user account to link, or null to unlink. */
                        userId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List categories */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    kind?: "hardware" | "accessory" | "consumable" | "component" | "software";
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Category"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a category, optionally with its custom fields */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "hardware" | "accessory" | "consumable" | "component" | "software";
                        notes?: string | null;
                        /** @description Custom field definitions to create with the category (more can be added later). */
                        fields?: {
                            /** @description Lower snake_case, unique in the category; values are stored under it and it never changes. */
                            key: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "boolean" | "select" | "url" | "email" | "ip" | "mac";
                            /** @default false */
                            required?: boolean;
                            /**
                             * @description No two assets of the category may hold the same value.
                             * @default false
                             */
                            unique?: boolean;
                            /** @description The choices of a select field (required for select, refused for other types). */
                            options?: string[] | null;
                            helpText?: string | null;
                            /** @description Display order; after the others by default. */
                            position?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategoryDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category with its custom fields and how many models and assets it has */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategoryDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a category (refused while active models use it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategoryDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit, archive or restore a category */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        name?: string;
                        /** @enum {string} */
                        kind?: "hardware" | "accessory" | "consumable" | "component" | "software";
                        notes?: string | null;
                        /** @description true archives (refused while active models use the category), false restores. */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategoryDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/categories/{id}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a custom field to a category
         * @description The report lists existing assets that do not fit the new field (a required field they lack); nothing is changed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Lower snake_case, unique in the category; values are stored under it and it never changes. */
                        key: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "number" | "date" | "boolean" | "select" | "url" | "email" | "ip" | "mac";
                        /** @default false */
                        required?: boolean;
                        /**
                         * @description No two assets of the category may hold the same value.
                         * @default false
                         */
                        unique?: boolean;
                        /** @description The choices of a select field (required for select, refused for other types). */
                        options?: string[] | null;
                        helpText?: string | null;
                        /** @description Display order; after the others by default. */
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomFieldChange"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}/fields/{fieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Archive a custom field; the values stay in the assets and are reported */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fieldId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomFieldChange"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a custom field (type, options, required, unique, label, ...)
         * @description Existing values are never changed or dropped: the report lists those that no longer fit (at most 100, with the total). Making a field unique is refused (409) while assets share a value. The key cannot change.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fieldId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        /** @description Cannot change: accepted only when it is the current key. */
                        key?: string;
                        label?: string;
                        /** @enum {string} */
                        type?: "text" | "number" | "date" | "boolean" | "select" | "url" | "email" | "ip" | "mac";
                        required?: boolean;
                        unique?: boolean;
                        /** @description The choices of a select field (required for select, refused for other types). */
                        options?: string[] | null;
                        helpText?: string | null;
                        position?: number;
                        /** @description true archives the field (values are kept), false restores it. */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomFieldChange"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List models */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    categoryId?: string;
                    manufacturerId?: string;
                    tracking?: "individual" | "quantity";
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Model"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a model */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        categoryId: string;
                        manufacturerId?: string | null;
                        name: string;
                        /**
                         * @description Leave out for the category’s usual: quantity for consumables, individual otherwise.
                         * @enum {string}
                         */
                        tracking?: "individual" | "quantity";
                        modelNumber?: string | null;
                        /** @description GTIN-8, -12 (UPC), -13 (EAN) or -14 from the vendor labels; stored as GTIN-14. Replaces the list. */
                        gtins?: string[];
                        /** @description 1 to 600 months. */
                        expectedLifeMonths?: number | null;
                        /** @description A decimal string with at most 2 decimals, e.g. "1299.00" (not a JSON number). */
                        defaultUnitCost?: string | null;
                        currency?: string | null;
                        /** @description Reorder below this many (0 or more). */
                        minStock?: number | null;
                        imageUrl?: string | null;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/by-gtin/{gtin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The model a GTIN / EAN / UPC belongs to (any length; archived models included) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GTIN-8, -12, -13 or -14, as scanned. */
                    gtin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a model (its assets and GTINs stay) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit, archive or restore a model
         * @description Tracking, category and manufacturer cannot change once assets of the model exist (409).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        /**
                         * Format: uuid
                         * @description Fixed once assets of the model exist.
                         */
                        categoryId?: string;
                        /** @description Fixed once assets of the model exist. */
                        manufacturerId?: string | null;
                        name?: string;
                        /**
                         * @description Fixed once assets of the model exist.
                         * @enum {string}
                         */
                        tracking?: "individual" | "quantity";
                        modelNumber?: string | null;
                        /** @description GTIN-8, -12 (UPC), -13 (EAN) or -14 from the vendor labels; stored as GTIN-14. Replaces the list. */
                        gtins?: string[];
                        /** @description 1 to 600 months. */
                        expectedLifeMonths?: number | null;
                        /** @description A decimal string with at most 2 decimals, e.g. "1299.00" (not a JSON number). */
                        defaultUnitCost?: string | null;
                        currency?: string | null;
                        /** @description Reorder below this many (0 or more). */
                        minStock?: number | null;
                        imageUrl?: string | null;
                        notes?: string | null;
                        /** @description true archives, false restores. */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/manufacturers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List manufacturers */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Manufacturer"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a manufacturer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        website?: string | null;
                        supportUrl?: string | null;
                        supportEmail?: string | null;
                        supportPhone?: string | null;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Manufacturer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One manufacturer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Manufacturer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a manufacturer (refused while active models name it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Manufacturer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit, archive or restore a manufacturer */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        name?: string;
                        website?: string | null;
                        supportUrl?: string | null;
                        supportEmail?: string | null;
                        supportPhone?: string | null;
                        notes?: string | null;
                        /** @description true archives (refused while active models name the manufacturer), false restores. */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Manufacturer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List suppliers */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Supplier"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a supplier */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        contactName?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        website?: string | null;
                        accountNumber?: string | null;
                        /** @description Days from order to delivery (0 to 365), unless an order says otherwise. */
                        defaultLeadTimeDays?: number | null;
                        address?: string | null;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supplier */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a supplier */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit, archive or restore a supplier */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        name?: string;
                        contactName?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        website?: string | null;
                        accountNumber?: string | null;
                        /** @description Days from order to delivery (0 to 365), unless an order says otherwise. */
                        defaultLeadTimeDays?: number | null;
                        address?: string | null;
                        notes?: string | null;
                        /** @description true archives, false restores. */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** On hand per quantity-tracked model and location, with minimum, maximum and reorder quantity */
        get: {
            parameters: {
                query?: {
                    /** @description This location and everything below it. */
                    locationId?: string;
                    /** @description One model at every location. */
                    modelId?: string;
                    /** @description Part of a model name. */
                    q?: string;
                    /** @description Only where on hand is below the minimum. */
                    belowMinimum?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StockBalance"][];
                            totalOnHand: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock ledger, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description This location and everything below it. */
                    locationId?: string;
                    modelId?: string;
                    kind?: "receive" | "issue" | "return" | "transfer_out" | "transfer_in" | "adjust" | "loss" | "damage";
                    /** @description Stock issued to or returned by this person. */
                    personId?: string;
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StockMovement"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Receive, issue, return, transfer, adjust, or record a loss or damage
         * @description Refused with 409 `insufficient_stock` when it would take more than is on hand; concurrent requests never oversell.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "receive" | "issue" | "return" | "transfer" | "adjust" | "loss" | "damage";
                        /** Format: uuid */
                        modelId: string;
                        /**
                         * Format: uuid
                         * @description Where the stock is (for a transfer: where it leaves from).
                         */
                        locationId: string;
                        /** @description How many; positive, except an adjustment, which is signed (+ found, - missing). */
                        quantity: number;
                        /**
                         * Format: uuid
                         * @description Transfer: where the stock goes.
                         */
                        toLocationId?: string;
                        /** @description Issue: who or what receives it (required). Return: who or what gives it back (optional). */
                        issuedTo?: {
                            /** @enum {string} */
                            type: "person" | "location" | "asset";
                            /** Format: uuid */
                            id: string;
                        };
                        /** @description Why: required for an adjustment. */
                        reason?: string;
                        /** @description A delivery note, order or service request. */
                        reference?: string;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            groupId: string;
                            items: components["schemas"]["StockMovement"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/policies/{modelId}/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the minimum, maximum and reorder quantity of a model at a location */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    modelId: string;
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Below this, the stock is flagged.
                         * @default null
                         */
                        minQuantity?: number | null;
                        /**
                         * @description Order up to this.
                         * @default null
                         */
                        maxQuantity?: number | null;
                        /**
                         * @description Or order this many at a time.
                         * @default null
                         */
                        reorderQuantity?: number | null;
                        /** @description The policyVersion you read; omit when there is no policy yet. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StockPolicy"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans per model and location, most urgent first
         * @description Forecast, reorder point at the service level, predicted stock-out, recommended order and alerts, for quantity-tracked stock and individually tracked models in stock.
         */
        get: {
            parameters: {
                query?: {
                    /** @description This location and everything below it. */
                    locationId?: string;
                    modelId?: string;
                    /** @description Only items with an alert. */
                    alertsOnly?: string;
                    /** @description Only items below their reorder point. */
                    needsOrder?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Plan"][];
                            total: number;
                            alerts: number;
                            /** @description The alerts of the plans asked for (up to `limit`). */
                            alertList: components["schemas"]["PlanningAlert"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/items/{modelId}/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan with its monthly history, 12-month forecast with interval and known demand */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    modelId: string;
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock below its minimum, and stock-outs predicted within the lead time */
        get: {
            parameters: {
                query?: {
                    /** @description This location and everything below it. */
                    locationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanningAlert"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers from locations with a surplus to locations that will run short */
        get: {
            parameters: {
                query?: {
                    modelId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TransferSuggestion"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model's on hand, forecast, reorder points and orders summed over each location's subtree */
        get: {
            parameters: {
                query: {
                    modelId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanRollup"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demand per month or week: issues, write-offs, deployments from stock, returns, and planned demand */
        get: {
            parameters: {
                query: {
                    modelId: string;
                    /** @description This location and everything below it (default: everywhere). */
                    locationId?: string;
                    period?: "month" | "week";
                    /** @description How many periods back, the current one included. */
                    periods?: number;
                    /** @description How many future periods of planned demand. */
                    ahead?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            period: "month" | "week";
                            items: {
                                start: string;
                                future: boolean;
                                issued: number;
                                writtenOff: number;
                                deployed: number;
                                returned: number;
                                demand: number;
                                plannedNewHires: number;
                                plannedReplacements: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service level and default lead time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanningSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change the service level or the default lead time */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanningSettingsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanningSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/supply/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's supplier and lead time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelSupply"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set a model's supplier and lead time */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where the model is bought. */
                        supplierId: string | null;
                        /** @description Days from order to delivery; null to use the supplier's default lead time. */
                        leadTimeDays: number | null;
                        /** @description The version you read; omit the first time. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelSupply"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/kits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Standard kits: the models each new hire of a department or job title receives */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["KitItem"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a model to the kit of a department or a job title */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The kit of this department…
                         */
                        departmentId?: string;
                        /** @description …or of this job title (one of the two). */
                        jobTitle?: string;
                        /** Format: uuid */
                        modelId: string;
                        /** @default 1 */
                        quantity?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KitItem"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/kits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a model from a kit */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The label stock we print on: sheets (PDF) and rolls (PDF or ZPL) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LabelTemplate"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Print labels for assets or locations: the file, or a background job for more than 500 labels
         * @description Select exactly one of assetIds, tags, locationId (everything there and below), receivedWith (the ids a receipt returned) or locationLabels. Up to 500 labels come back as the file itself; larger runs answer 202 with a job whose result names the file (GET /labels/jobs/{jobId}/file). Refusals name the field: a symbology a template cannot hold (with the sizes), GS1 without a company prefix, ZPL for a sheet, fields that do not fit. Only what the caller may see can be printed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The label stock: a sheet (PDF) or a roll (PDF or ZPL).
                         * @enum {string}
                         */
                        template: "avery-5160" | "avery-l7163" | "avery-l7651" | "roll-62mm" | "roll-2x1in" | "roll-1x0.5in";
                        /**
                         * @description code128, qr and datamatrix carry the tag (a location: its code); qr-url a link to the page; gs1-128, gs1-datamatrix and gs1-qr the GIAI (AI 8004: GS1 company prefix + tag), when a prefix is set. Defaults to the template’s.
                         * @enum {string}
                         */
                        symbology?: "code128" | "qr" | "qr-url" | "datamatrix" | "gs1-128" | "gs1-datamatrix" | "gs1-qr";
                        /** @description What the label shows besides the code, in order. Defaults to the template’s. */
                        fields?: ("tag" | "name" | "model" | "serial" | "organisation" | "logo")[];
                        /**
                         * @default pdf
                         * @enum {string}
                         */
                        format?: "pdf" | "zpl";
                        /** @description ZPL: the printer’s resolution (defaults to the template’s). */
                        dpi?: 203 | 300;
                        /**
                         * @description Sheets: label positions to leave empty at the start (a partly used sheet).
                         * @default 0
                         */
                        skip?: number;
                        /** @description These assets, in this order. */
                        assetIds?: string[];
                        /** @description The assets with these tags, in this order. */
                        tags?: string[];
                        /**
                         * Format: uuid
                         * @description Every asset at this location and below it, by tag.
                         */
                        locationId?: string;
                        /** @description The assets of one delivery: the ids POST /assets/receive returned. */
                        receivedWith?: string[];
                        /** @description Labels for locations themselves (their code and name). */
                        locationLabels?: {
                            locationIds: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description The labels: a PDF, or ZPL for a Zebra printer (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "text/plain": string;
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/jobs/{jobId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file a label job made (for the user who asked for it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The labels: a PDF, or ZPL for a Zebra printer (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "text/plain": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What labels print about the organisation: name, logo, GS1 company prefix */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LabelSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change the organisation name, logo or GS1 company prefix on labels (null clears one) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Printed on labels that show "organisation". */
                        organisationName?: string | null;
                        /** @description Enables the GS1 symbologies: AI 8004 (GIAI) = this prefix followed by the tag. */
                        gs1CompanyPrefix?: string | null;
                        /** @description A PNG, base64-encoded; null removes it. Printed on labels that show "logo". */
                        logoPng?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LabelSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's fiscal year */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change the month the fiscal year starts (restates every book) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The month the fiscal year starts: 1 (January) to 12. Fiscal years are named after the year they end in. */
                        fiscalYearStartMonth: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depreciation-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depreciation books (the default first) */
        get: {
            parameters: {
                query?: {
                    includeArchived?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DepreciationBook"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a depreciation book */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        description?: string | null;
                        /** @description Make this the default book (the previous default stops being it). */
                        isDefault?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepreciationBook"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depreciation-books/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a book: name, default book, fallback profile, archive */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        name?: string;
                        description?: string | null;
                        /**
                         * @description Make this the default book.
                         * @enum {boolean}
                         */
                        isDefault?: true;
                        /** @description Profile for assets whose model and category have none in this book; null: they are not depreciated. */
                        fallbackProfileId?: string | null;
                        /** @description true archives the book (not the default book), false restores it. */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepreciationBook"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/depreciation-books/{id}/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A book's profiles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DepreciationProfile"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a profile in a book */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description straight_line, declining_balance, sum_of_years_digits, macrs_gds or none.
                         * @enum {string}
                         */
                        method: "straight_line" | "declining_balance" | "sum_of_years_digits" | "macrs_gds" | "none";
                        /** @description Useful life in months (not for MACRS). */
                        lifeMonths?: number | null;
                        /** @description Salvage value as a percentage of cost ("10" is 10%). */
                        salvagePercent?: string | null;
                        /** @description Salvage value as an amount (give this or salvagePercent). */
                        salvageAmount?: string | null;
                        /** @description full_month, mid_month, half_year or actual_days (not for MACRS). */
                        convention?: ("full_month" | "mid_month" | "half_year" | "actual_days") | null;
                        /** @description Declining balance: 2 is double declining, 1.5 is 150%. */
                        decliningFactor?: string | null;
                        /** @description Declining balance: a fixed annual rate, or "from_salvage" (the spreadsheet DB rate). */
                        rate?: string | null;
                        /** @description Declining balance: switch to straight line when it gives more. */
                        switchToStraightLine?: boolean | null;
                        /** @description Declining balance: 'to_salvage' (default) closes the last year at salvage; 'as_computed' keeps the spreadsheet DB figure. */
                        endOfLife?: ("to_salvage" | "as_computed") | null;
                        macrsClass?: number | null;
                        macrsConvention?: ("half_year" | "mid_quarter") | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepreciationProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depreciation-profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, change (from a month on, or restated from the start) or archive a profile
         * @description Changing the parameters of a profile in use needs `effective` (YYYY-MM-01: a change of estimate, earlier figures stay) or `restate: true`; otherwise 409 profile_in_use.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version is refused with 409. */
                        version: number;
                        name?: string;
                        /** @description The new parameters (all of them). */
                        parameters?: {
                            /**
                             * @description straight_line, declining_balance, sum_of_years_digits, macrs_gds or none.
                             * @enum {string}
                             */
                            method: "straight_line" | "declining_balance" | "sum_of_years_digits" | "macrs_gds" | "none";
                            /** @description Useful life in months (not for MACRS). */
                            lifeMonths?: number | null;
                            /** @description Salvage value as a percentage of cost ("10" is 10%). */
                            salvagePercent?: string | null;
                            /** @description Salvage value as an amount (give this or salvagePercent). */
                            salvageAmount?: string | null;
                            /** @description full_month, mid_month, half_year or actual_days (not for MACRS). */
                            convention?: ("full_month" | "mid_month" | "half_year" | "actual_days") | null;
                            /** @description Declining balance: 2 is double declining, 1.5 is 150%. */
                            decliningFactor?: string | null;
                            /** @description Declining balance: a fixed annual rate, or "from_salvage" (the spreadsheet DB rate). */
                            rate?: string | null;
                            /** @description Declining balance: switch to straight line when it gives more. */
                            switchToStraightLine?: boolean | null;
                            /** @description Declining balance: 'to_salvage' (default) closes the last year at salvage; 'as_computed' keeps the spreadsheet DB figure. */
                            endOfLife?: ("to_salvage" | "as_computed") | null;
                            macrsClass?: number | null;
                            macrsConvention?: ("half_year" | "mid_quarter") | null;
                        };
                        /** @description Apply the new parameters from this month on (a change of estimate); earlier figures stay. */
                        effective?: string;
                        /** @description Apply the new parameters from every asset’s start (restates past figures). */
                        restate?: boolean;
                        /** @description true archives the profile (refused while it is in use). */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepreciationProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/depreciation-books/{id}/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A book's profiles per category and per model */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DepreciationDefault"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set (or with null remove) a category's or a model's profile in a book */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        categoryId?: string;
                        /** Format: uuid */
                        modelId?: string;
                        /** @description The profile of this book to use; null removes the setting. */
                        profileId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            profileId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/depreciation/{bookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or with null remove) an asset's own profile in a book */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    bookId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The profile of this book for this asset; null goes back to the defaults. */
                        profileId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            profileId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/financials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An asset's cost, age, expected end of life, and per book its book value and schedule */
        get: {
            parameters: {
                query?: {
                    /** @description Book values at the end of this day (default: today). */
                    date?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetFinancials"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An asset's recorded costs (newest first) and its total cost of ownership */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetCosts"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a cost against an asset (repair, upgrade, licence, support, other)
         * @description In the asset's history and audited. The amount is in the asset's currency.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day the cost was incurred (not in the future).
                         */
                        incurredOn: string;
                        /**
                         * @description repair, upgrade, licence, support or other.
                         * @enum {string}
                         */
                        kind: "repair" | "upgrade" | "licence" | "support" | "other";
                        amount: string;
                        /** @description Defaults to the asset's currency; another currency is refused. */
                        currency?: string | null;
                        supplierId?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetCost"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/costs/{costId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a cost recorded by mistake (in the asset’s history and audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    costId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What can be imported, and the fields each type maps columns to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ImportType"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports, newest first (your own; everyone’s for asset managers and administrators) */
        get: {
            parameters: {
                query?: {
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Import"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a spreadsheet (CSV or XLSX) to import: the file as the body, or a multipart form
         * @description Send the file as the request body (Content-Type text/csv, application/octet-stream or the XLSX type) with the options in the query string, or as multipart/form-data with the file in the field `file` and the options (type, fileName, sheet, preset, mappingId) as fields before it (a field overrides the query string; fileName defaults to the file part’s name). Either way the file streams to disk; one larger than the server’s limit (QM_MAX_UPLOAD_MB) is refused with 413 file_too_large. The answer has the headers, a sample, problems with the file, and the automatic column mapping; then adjust the mapping, run a dry run, and commit.
         */
        post: {
            parameters: {
                query?: {
                    type?: "assets" | "locations" | "models" | "people" | "suppliers" | "stock" | "licences";
                    fileName?: string;
                    /** @description XLSX: the sheet to read (the first visible one otherwise). */
                    sheet?: string;
                    /** @description Map columns as that product exports them (detected otherwise). */
                    preset?: "snipe-it";
                    /** @description A saved mapping to start from. */
                    mappingId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/assets.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A spreadsheet template for assets: the built-in fields and a category’s custom fields
         * @description XLSX: a data sheet with drop-down lists for statuses, models and locations, a sheet of example rows and instructions for every column. CSV: the header row.
         */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
                };
                header?: never;
                path: {
                    format: "xlsx" | "csv";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The template file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{type}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A spreadsheet template for locations, models, people, suppliers or quantity-tracked stock
         * @description The columns the import writes for that type. XLSX: a data sheet (location columns with a drop-down of location codes), example rows and instructions for every column. CSV: the header row.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    type: "locations" | "models" | "people" | "suppliers" | "stock";
                    format: "xlsx" | "csv";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The template file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Column mappings saved for reuse */
        get: {
            parameters: {
                query?: {
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SavedImportMapping"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: its mapping, the state of its run, and the summary of the last run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Adjust the column mapping and options (and save the mapping for reuse) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The column mapping (as GET /imports/:id returns it), adjusted. */
                        mapping: unknown;
                        options?: {
                            /** @default false */
                            skipBadRows?: boolean;
                            sheet?: string;
                        };
                        /** @description Also save the mapping under this name for reuse. */
                        saveAs?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a dry run (the default) or the commit, as a background job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Check and report only (the default); false commits.
                         * @default true
                         */
                        dryRun?: boolean;
                        /** @description Commit the good rows and list the bad ones (default: all or nothing). */
                        skipBadRows?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the running dry run or commit (nothing it did stays) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report of the last run: every problem, by row and column */
        get: {
            parameters: {
                query?: {
                    severity?: "error" | "warning";
                    /** @description Page size, at most 200. */
                    limit?: number;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ImportProblem"][];
                            /** @description Pass as `cursor` to get the next page; null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/problems.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report of the last run as a CSV file (row, column, header, field, severity, code, message) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/assets.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The asset list as CSV or XLSX, with the filters and sort of GET /assets
         * @description Takes the query of GET /assets without limit and cursor. The columns are the import’s field names (custom fields by key), so the file imports back unchanged. Streamed, within your location scope.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Free text over tag, serial, name, notes, model and assignee. */
                    q?: string;
                    /** @description Repeat for several statuses. */
                    status?: ("on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen") | ("on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen")[];
                    categoryId?: string;
                    modelId?: string;
                    manufacturerId?: string;
                    /** @description This location and everything below it. */
                    locationId?: string;
                    /** @description Assets checked out to this person. */
                    personId?: string;
                    supplierId?: string;
                    purchasedFrom?: string;
                    purchasedTo?: string;
                    /** @description Warranty ending before this date. */
                    warrantyBefore?: string;
                    /** @description Custom field filters as JSON, e.g. {"ram_gb":"16"} (values compared as text). */
                    customFields?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: tag, status, createdAt, updatedAt, purchaseDate, warrantyEnd. */
                    sort?: "tag" | "-tag" | "status" | "-status" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "purchaseDate" | "-purchaseDate" | "warrantyEnd" | "-warrantyEnd";
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/locations.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The location tree as CSV or XLSX, with the filters and sort of GET /locations
         * @description Every location within your scope (or below parentId), parents before children, with the location import’s column names (Parent location is the parent’s code), so the file imports back in one pass.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this location and everything below it; the whole tree when left out. */
                    parentId?: string;
                    /** @description Part of the name or code (what the page’s search shows). */
                    q?: string;
                    includeArchived?: string;
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/models.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Models as CSV or XLSX, with the filters and sort of GET /models
         * @description Takes the query of GET /models without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    categoryId?: string;
                    manufacturerId?: string;
                    tracking?: "individual" | "quantity";
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/categories.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories with their custom fields as CSV or XLSX, with the filters and sort of GET /categories
         * @description Takes the query of GET /categories without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    kind?: "hardware" | "accessory" | "consumable" | "component" | "software";
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/manufacturers.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Manufacturers as CSV or XLSX, with the filters and sort of GET /manufacturers
         * @description Takes the query of GET /manufacturers without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/suppliers.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suppliers as CSV or XLSX, with the filters and sort of GET /suppliers
         * @description Takes the query of GET /suppliers without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name. */
                    q?: string;
                    /** @description Include archived rows (hidden by default). */
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, createdAt. */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/departments.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Departments as CSV or XLSX, with the filters and sort of GET /departments
         * @description Takes the query of GET /departments without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name or code. */
                    q?: string;
                    includeArchived?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, code. */
                    sort?: "name" | "-name" | "code" | "-code";
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/people.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People as CSV or XLSX, with the filters and sort of GET /people
         * @description Takes the query of GET /people without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name, e-mail or employee number. */
                    q?: string;
                    departmentId?: string;
                    /** @description People located at this location or anywhere below it. */
                    locationId?: string;
                    status?: "active" | "leaving" | "left";
                    /** @description Direct reports of this person. */
                    managerId?: string;
                    remote?: string;
                    /** @description Sort field; prefix with "-" for descending. One of: name, employeeNumber, startDate. */
                    sort?: "name" | "-name" | "employeeNumber" | "-employeeNumber" | "startDate" | "-startDate";
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/stock.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock on hand as CSV or XLSX, with the filters and sort of GET /stock
         * @description Takes the query of GET /stock without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description This location and everything below it. */
                    locationId?: string;
                    /** @description One model at every location. */
                    modelId?: string;
                    /** @description Part of a model name. */
                    q?: string;
                    /** @description Only where on hand is below the minimum. */
                    belowMinimum?: string;
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/stock-movements.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stock ledger as CSV or XLSX, with the filters and sort of GET /stock/movements
         * @description Takes the query of GET /stock/movements without limit and cursor, and answers every matching row within your location scope, streamed (memory stays at one page of 5,000 rows).
         */
        get: {
            parameters: {
                query?: {
                    /** @description This location and everything below it. */
                    locationId?: string;
                    modelId?: string;
                    kind?: "receive" | "issue" | "return" | "transfer_out" | "transfer_in" | "adjust" | "loss" | "damage";
                    /** @description Stock issued to or returned by this person. */
                    personId?: string;
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/planning.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The planning list (what needs stock) as CSV or XLSX, with the filters and sort of GET /planning
         * @description Takes the query of GET /planning without limit: every plan the list would show, most urgent first, within your location scope. Plans are computed together, as for the list; the file is streamed.
         */
        get: {
            parameters: {
                query?: {
                    /** @description This location and everything below it. */
                    locationId?: string;
                    modelId?: string;
                    /** @description Only items with an alert. */
                    alertsOnly?: string;
                    /** @description Only items below their reorder point. */
                    needsOrder?: string;
                };
                header?: never;
                path: {
                    /** @description csv or xlsx. */
                    format: "csv" | "xlsx";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (Content-Disposition: attachment), streamed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Book value register at a date: totals and the first rows (the export has every asset) */
        get: {
            parameters: {
                query?: {
                    /** @description Book values at the end of this day (default: today). */
                    date?: string;
                    /** @description The book (default: the default book). */
                    bookId?: string;
                    /** @description Rows in the answer (totals cover all). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookValueRegister"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/register/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Book value register at a date as CSV or XLSX, streamed (every asset held on that date) */
        get: {
            parameters: {
                query?: {
                    /** @description Book values at the end of this day (default: today). */
                    date?: string;
                    /** @description The book (default: the default book). */
                    bookId?: string;
                    /** @description csv or xlsx. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/expense": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depreciation expense for a period by category, cost centre, site or book */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    groupBy?: "category" | "costCentre" | "site" | "book";
                    /** @description The book (default: the default book). */
                    bookId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepreciationExpenseReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/expense/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depreciation expense for a period as CSV or XLSX */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    groupBy?: "category" | "costCentre" | "site" | "book";
                    /** @description The book (default: the default book). */
                    bookId?: string;
                    /** @description csv or xlsx. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depreciation expense forecast per fiscal year for the next N years */
        get: {
            parameters: {
                query?: {
                    years?: number;
                    groupBy?: "category" | "costCentre" | "site";
                    /** @description The book (default: the default book). */
                    bookId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepreciationForecast"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/forecast/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depreciation expense forecast as CSV or XLSX */
        get: {
            parameters: {
                query?: {
                    years?: number;
                    groupBy?: "category" | "costCentre" | "site";
                    /** @description The book (default: the default book). */
                    bookId?: string;
                    /** @description csv or xlsx. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/replacement-budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** End of life and replacement budget per quarter, cost centre and category for the next three years */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReplacementBudget"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/replacement-budget/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replacement budget as CSV or XLSX */
        get: {
            parameters: {
                query?: {
                    /** @description csv or xlsx. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/tco": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Total cost of ownership per model or category (purchase plus recorded costs, less disposal proceeds), highest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    groupBy?: "model" | "category";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotalCostOfOwnership"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/tco/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Total cost of ownership per model as CSV or XLSX */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    groupBy?: "model" | "category";
                    /** @description csv or xlsx. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/write-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Disposals in a period with gain or loss against book value, and lost, stolen or missing assets at book value */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    /** @description The book (default: the default book). */
                    bookId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WriteOffs"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/write-offs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Write-offs as CSV or XLSX */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    /** @description The book (default: the default book). */
                    bookId?: string;
                    limit?: number;
                    /** @description csv or xlsx. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as a file (Content-Disposition: attachment). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            /** @description Stable machine-readable error code. */
            code: string;
            detail: string;
            instance?: string;
            requestId: string;
            errors?: {
                pointer: string;
                message: string;
            }[];
        };
        UserInput: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            status: "active" | "deactivated";
            mustChangePassword: boolean;
            grants: {
                /** @enum {string} */
                role: "admin" | "asset_manager" | "technician" | "auditor" | "viewer";
                /** @description null: the whole organisation; otherwise this location and its subtree. */
                locationId: string | null;
            }[];
            lastLoginAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        MeInput: {
            user: components["schemas"]["UserInput"];
            /** @enum {string} */
            via: "session" | "token";
            tokenId: string | null;
            readOnly: boolean;
            /** @description Send as x-csrf-token on writes made with the session cookie. */
            csrfToken: string | null;
            permissions: {
                [key: string]: {
                    /** @constant */
                    kind: "all";
                } | {
                    /** @constant */
                    kind: "locations";
                    locationIds: string[];
                } | {
                    /** @constant */
                    kind: "none";
                };
            };
        };
        ApiTokenInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            userId: string;
            userEmail: string;
            /** @description The first characters of the token, to tell tokens apart. */
            prefix: string;
            /** @enum {string} */
            access: "read_only" | "read_write";
            expiresAt: string | null;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
            /** @enum {string} */
            state: "active" | "expired" | "revoked";
        };
        JobInput: {
            /** Format: uuid */
            id: string;
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed" | "cancelled";
            progressDone: number;
            progressTotal: number | null;
            message: string | null;
            result: unknown | null;
            error: string | null;
            cancelRequested: boolean;
            requestedBy: string | null;
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
        };
        AuditEntryInput: {
            id: number;
            occurredAt: string;
            actorType: string;
            actorId: string | null;
            actorLabel: string;
            tokenId: string | null;
            source: string;
            requestId: string | null;
            entityType: string;
            entityId: string;
            action: string;
            changes: {
                [key: string]: unknown;
            };
            /** @description Position in the hash chain; null until sealed (within seconds). */
            seq: number | null;
            hash: string | null;
        };
        AuditVerifyReportInput: {
            ok: boolean;
            checked: number;
            unsealed: number;
            headSeq: number;
            firstProblem: {
                /** @enum {string} */
                kind: "altered" | "deleted" | "inserted";
                entryId: number | null;
                seq: number | null;
                message: string;
            } | null;
            problems: {
                /** @enum {string} */
                kind: "altered" | "deleted" | "inserted";
                entryId: number | null;
                seq: number | null;
                message: string;
            }[];
        };
        AssetInput: {
            /** Format: uuid */
            id: string;
            tag: string;
            serial: string | null;
            name: string | null;
            /** @enum {string} */
            status: "on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen";
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                tracking: string;
            };
            category: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            manufacturer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            location: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            assignee: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                /** @description The person's name, the location's name or the parent asset's tag. */
                label: string;
            } | null;
            requestReference: string | null;
            expectedReturnDate: string | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            orderReference: string | null;
            purchaseDate: string | null;
            /** @description A decimal string, e.g. "1299.00". */
            purchaseCost: string | null;
            currency: string | null;
            warrantyEnd: string | null;
            /** @description The asset's own cost centre (reports fall back to its holder's, then their department's). */
            costCentre: string | null;
            customFields: {
                [key: string]: unknown;
            };
            notes: string | null;
            /** @description What can be done from the current status. */
            allowedActions: ("receive" | "move" | "check_out" | "check_in" | "send_to_repair" | "return_from_repair" | "mark_missing" | "mark_found" | "mark_lost" | "mark_stolen" | "retire" | "dispose")[];
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        AssetEventInput: {
            id: number;
            occurredAt: string;
            action: string;
            actorLabel: string;
            source: string;
            statusFrom: string | null;
            statusTo: string | null;
            locationFrom: string | null;
            locationTo: string | null;
            /** @description Code and name of `locationFrom`; null when there is none or it is outside what you may see. */
            locationFromRef: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            /** @description Code and name of `locationTo`; null when there is none or it is outside what you may see. */
            locationToRef: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            assigneeFrom: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                /** @description The person's name, the location's name or the parent asset's tag. */
                label: string;
            } | null;
            assigneeTo: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                /** @description The person's name, the location's name or the parent asset's tag. */
                label: string;
            } | null;
            requestReference: string | null;
            notes: string | null;
            data: {
                [key: string]: unknown;
            } | null;
        };
        DepreciationProfileInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            bookId: string;
            name: string;
            method: string;
            lifeMonths: number | null;
            salvagePercent: string | null;
            salvageAmount: string | null;
            convention: string | null;
            decliningFactor: string | null;
            rate: string | null;
            switchToStraightLine: boolean | null;
            endOfLife: string | null;
            macrsClass: number | null;
            macrsConvention: string | null;
            /** @description Prospective changes (changes of estimate), each applied from its first day on. */
            changes: {
                effective: string;
                method: string;
                lifeMonths: number | null;
                salvagePercent: string | null;
                salvageAmount: string | null;
                convention: string | null;
                decliningFactor: string | null;
                rate: string | null;
                switchToStraightLine: boolean | null;
                endOfLife: string | null;
                macrsClass: number | null;
                macrsConvention: string | null;
            }[];
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        DepreciationBookInput: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            description: string | null;
            isDefault: boolean;
            fallbackProfileId: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        DepreciationDefaultInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            bookId: string;
            categoryId: string | null;
            categoryName: string | null;
            modelId: string | null;
            modelName: string | null;
            /** Format: uuid */
            profileId: string;
        };
        FinanceSettingsInput: {
            fiscalYearStartMonth: number;
        };
        StockLevelInput: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                categoryId: string;
                categoryName: string;
            };
            counts: {
                in_stock: number;
                in_use: number;
                in_repair: number;
                in_transit: number;
                on_order: number;
            };
            minStock: number | null;
            /** @description In stock is below the model’s minimum. */
            belowMinimum: boolean;
        };
        LabelSettingsInput: {
            organisationName: string | null;
            gs1CompanyPrefix: string | null;
            hasLogo: boolean;
        };
        ScanResultInput: {
            /** Format: uuid */
            clientId: string;
            /** @enum {string} */
            outcome: "applied" | "conflict" | "rejected";
            message: string;
            assetId: string | null;
            /** @description This scan was already received; this is the answer it got then. */
            replayed: boolean;
        };
        StockScanResultInput: {
            /** Format: uuid */
            clientId: string;
            /** @enum {string} */
            outcome: "applied" | "rejected";
            message: string;
            modelId: string | null;
            locationId: string | null;
            /** @description On hand at the scanned location right after this line. */
            onHand: number | null;
            toLocationId: string | null;
            /** @description Transfer: on hand at the destination right after this line. */
            toOnHand: number | null;
            /** @description This line was already received; this is the answer it got then. */
            replayed: boolean;
        };
        BatchFileResultInput: {
            lines: {
                line: number;
                code: string;
                /** @enum {string} */
                outcome: "location" | "applied" | "conflict" | "rejected" | "unreadable";
                message: string;
                result: components["schemas"]["ScanResultInput"] | null;
            }[];
            applied: number;
            /** @description Lines that were not applied: conflicts, rejections and unreadable lines. */
            problems: number;
        };
        LookupMatchInput: {
            /** @enum {string} */
            type: "asset" | "location" | "person" | "model";
            /** Format: uuid */
            id: string;
            /** @description One line naming the thing, e.g. "QM-000123: Latitude 7450 (in use by Grace Hopper)". */
            label: string;
        } & {
            [key: string]: unknown;
        };
        LookupResultInput: {
            code: string;
            /** @enum {string} */
            readAs: "gs1" | "url" | "email" | "gtin" | "text" | "unknown";
            match: components["schemas"]["LookupMatchInput"] | null;
            others: components["schemas"]["LookupMatchInput"][];
            gs1: {
                gtin: string | null;
                serial: string | null;
            } | null;
            /** @description What the code is, or why nothing matches it. */
            message: string;
        };
        LocationRefInput: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        LocationInput: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "site" | "building" | "floor" | "room" | "stockroom" | "other";
            /** @description Unique (whatever the case); printed as the location’s barcode. */
            code: string;
            name: string;
            /** @description 0 for a site (a root), 1 for its children, ... */
            depth: number;
            address: string | null;
            managerPersonId: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description Children you can see (archived ones only with includeArchived). */
            childCount: number;
            hasChildren: boolean;
            /** @description False for a location above the subtree your role covers: shown only as the way down to it (its other children, its assets and its people are not visible to you). */
            inScope: boolean;
        };
        LocationDetailInput: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "site" | "building" | "floor" | "room" | "stockroom" | "other";
            /** @description Unique (whatever the case); printed as the location’s barcode. */
            code: string;
            name: string;
            /** @description 0 for a site (a root), 1 for its children, ... */
            depth: number;
            address: string | null;
            managerPersonId: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description Children you can see (archived ones only with includeArchived). */
            childCount: number;
            hasChildren: boolean;
            /** @description False for a location above the subtree your role covers: shown only as the way down to it (its other children, its assets and its people are not visible to you). */
            inScope: boolean;
            /** @description From the root down to the parent. */
            ancestors: components["schemas"]["LocationRefInput"][];
            manager: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Individually tracked assets located here (not below); null when the location is not in your scope. */
            assets: {
                total: number;
                byStatus: {
                    on_order: number;
                    in_stock: number;
                    in_use: number;
                    in_repair: number;
                    in_transit: number;
                    missing: number;
                    retired: number;
                    disposed: number;
                    lost: number;
                    stolen: number;
                };
            } | null;
            /** @description Individually tracked assets here and anywhere below (the whole subtree); null when the location is not in your scope. */
            assetsWithin: {
                total: number;
                byStatus: {
                    on_order: number;
                    in_stock: number;
                    in_use: number;
                    in_repair: number;
                    in_transit: number;
                    missing: number;
                    retired: number;
                    disposed: number;
                    lost: number;
                    stolen: number;
                };
            } | null;
            /** @description People located here who have not left; null when the location is not in your scope. */
            peopleCount: number | null;
        };
        LocationSearchHitInput: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "site" | "building" | "floor" | "room" | "stockroom" | "other";
            code: string;
            name: string;
            depth: number;
            archivedAt: string | null;
            /** @description From the root down to the parent. */
            ancestors: components["schemas"]["LocationRefInput"][];
        };
        PersonRefInput: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        DepartmentInput: {
            /** Format: uuid */
            id: string;
            /** @description Unique whatever the case. */
            name: string;
            code: string | null;
            costCentre: string | null;
            managerId: string | null;
            /** @description Null also when the manager is outside your scope. */
            manager: components["schemas"]["PersonRefInput"] | null;
            /** @description People in the department who have not left (those you can see). */
            peopleCount: number;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        PersonInput: {
            /** Format: uuid */
            id: string;
            /** @description Unique whatever the case, when present. */
            employeeNumber: string | null;
            name: string;
            /** @description Unique whatever the case, when present. */
            email: string | null;
            jobTitle: string | null;
            departmentId: string | null;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            costCentre: string | null;
            managerId: string | null;
            /** @description Null also when the manager is outside your scope. */
            manager: components["schemas"]["PersonRefInput"] | null;
            locationId: string | null;
            location: components["schemas"]["LocationRefInput"] | null;
            remote: boolean;
            /** @description YYYY-MM-DD */
            startDate: string | null;
            /** @description YYYY-MM-DD */
            endDate: string | null;
            /** @enum {string} */
            status: "active" | "leaving" | "left";
            /** @description The user account linked to this person, if any. */
            userId: string | null;
            notes: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        HeldAssetInput: {
            /** Format: uuid */
            id: string;
            tag: string;
            name: string | null;
            modelName: string;
            status: string;
            /** @description When it was assigned to the person (null when no event says). */
            since: string | null;
        };
        PastAssetInput: {
            /** Format: uuid */
            id: string;
            tag: string;
            modelName: string;
            from: string | null;
            to: string;
        };
        PersonDetailInput: {
            /** Format: uuid */
            id: string;
            /** @description Unique whatever the case, when present. */
            employeeNumber: string | null;
            name: string;
            /** @description Unique whatever the case, when present. */
            email: string | null;
            jobTitle: string | null;
            departmentId: string | null;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            costCentre: string | null;
            managerId: string | null;
            /** @description Null also when the manager is outside your scope. */
            manager: components["schemas"]["PersonRefInput"] | null;
            locationId: string | null;
            location: components["schemas"]["LocationRefInput"] | null;
            remote: boolean;
            /** @description YYYY-MM-DD */
            startDate: string | null;
            /** @description YYYY-MM-DD */
            endDate: string | null;
            /** @enum {string} */
            status: "active" | "leaving" | "left";
            /** @description The user account linked to this person, if any. */
            userId: string | null;
            notes: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description The breadcrumb above the person's location. */
            locationAncestors: components["schemas"]["LocationRefInput"][];
            user: {
                /** Format: uuid */
                id: string;
                email: string;
            } | null;
            /** @description Assets assigned to the person now. */
            assetsHeld: components["schemas"]["HeldAssetInput"][];
            /** @description Assets the person held before, newest return first (from the assets’ history). */
            assetsHeldBefore: components["schemas"]["PastAssetInput"][];
        };
        CustomFieldDefinitionInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            categoryId: string;
            /** @description Where values are stored in an asset’s customFields; never changes. */
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "number" | "date" | "boolean" | "select" | "url" | "email" | "ip" | "mac";
            required: boolean;
            /** @description No two assets of the category may hold the same value. */
            unique: boolean;
            /** @description The choices of a select field. */
            options: string[] | null;
            helpText: string | null;
            position: number;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        CategoryInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "hardware" | "accessory" | "consumable" | "component" | "software";
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        CategoryDetailInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "hardware" | "accessory" | "consumable" | "component" | "software";
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description Active fields in display order, then archived ones. */
            fields: components["schemas"]["CustomFieldDefinitionInput"][];
            counts: {
                /** @description Models (not archived) in the category. */
                models: number;
                assets: number;
            };
        };
        CustomFieldValueReportInput: {
            /** @description At most 100 assets; `total` counts them all. */
            incompatible: {
                /** Format: uuid */
                assetId: string;
                tag: string;
                /** @description The value as stored; it is kept, never dropped. */
                value: unknown;
                message: string;
            }[];
            total: number;
        };
        CustomFieldChangeInput: {
            field: components["schemas"]["CustomFieldDefinitionInput"];
            report: components["schemas"]["CustomFieldValueReportInput"];
        };
        ModelInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            categoryId: string;
            categoryName: string;
            manufacturerId: string | null;
            manufacturerName: string | null;
            name: string;
            modelNumber: string | null;
            /** @description GTINs / EANs / UPCs of the model, as 14-digit GTIN-14 (zero-padded). */
            gtins: string[];
            /**
             * @description individual: every unit is an asset; quantity: a count per location.
             * @enum {string}
             */
            tracking: "individual" | "quantity";
            expectedLifeMonths: number | null;
            /** @description A decimal string, e.g. "1299.00". */
            defaultUnitCost: string | null;
            /** @description ISO 4217, e.g. EUR. */
            currency: string | null;
            minStock: number | null;
            imageUrl: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ManufacturerInput: {
            /** Format: uuid */
            id: string;
            name: string;
            website: string | null;
            supportUrl: string | null;
            supportEmail: string | null;
            supportPhone: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        SupplierInput: {
            /** Format: uuid */
            id: string;
            name: string;
            contactName: string | null;
            email: string | null;
            phone: string | null;
            website: string | null;
            /** @description Our account number with the supplier. */
            accountNumber: string | null;
            /** @description Days from order to delivery, unless an order says otherwise. */
            defaultLeadTimeDays: number | null;
            address: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        StockBalanceInput: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                categoryName: string;
            };
            location: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            };
            onHand: number;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            /** @description Send it back to change the policy (null: none yet). */
            policyVersion: number | null;
            belowMinimum: boolean;
        };
        StockMovementInput: {
            id: number;
            /**
             * Format: uuid
             * @description Shared by the two rows of a transfer.
             */
            groupId: string;
            occurredAt: string;
            /** @enum {string} */
            kind: "receive" | "issue" | "return" | "transfer_out" | "transfer_in" | "adjust" | "loss" | "damage";
            model: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            location: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            };
            /** @description Signed change of on hand at this location. */
            quantity: number;
            balanceAfter: number;
            issuedTo: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                label: string;
            } | null;
            /** @description The other end of a transfer. */
            counterpartLocation: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            reason: string | null;
            reference: string | null;
            notes: string | null;
            actor: string;
            source: string;
        };
        StockPolicyInput: {
            /** Format: uuid */
            modelId: string;
            /** Format: uuid */
            locationId: string;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            version: number;
        };
        AssetCostInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            assetId: string;
            incurredOn: string;
            /** @enum {string} */
            kind: "repair" | "upgrade" | "licence" | "support" | "other";
            /** @description Decimal amount, two decimals. */
            amount: string;
            currency: string | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            note: string | null;
            createdAt: string;
        };
        AssetTotalCostOfOwnershipInput: {
            /** @description The asset's currency: every amount here is in it. */
            currency: string | null;
            /** @description Decimal amount, two decimals. */
            purchase: string;
            /** @description Costs recorded against the asset in its currency. */
            recorded: string;
            byKind: {
                kind: string;
                /** @description Decimal amount, two decimals. */
                amount: string;
            }[];
            /** @description Decimal amount, two decimals. */
            disposalProceeds: string;
            /** @description Purchase + recorded costs − disposal proceeds. */
            total: string;
            /** @description Costs in another currency than the asset’s: left out of the total (never converted). */
            otherCurrencies: {
                currency: string;
                /** @description Decimal amount, two decimals. */
                amount: string;
            }[];
        };
        AssetCostsInput: {
            items: components["schemas"]["AssetCostInput"][];
            tco: components["schemas"]["AssetTotalCostOfOwnershipInput"];
        };
        AssetFinancialsInput: {
            /** Format: uuid */
            assetId: string;
            tag: string;
            status: string;
            /** @description The date the book values are at (end of that day). */
            date: string;
            cost: string | null;
            currency: string | null;
            purchaseDate: string | null;
            /** @description Whole months from the purchase date to the date. */
            ageMonths: number | null;
            /** @description The model's expected life, else the default book's. */
            expectedLifeMonths: number | null;
            expectedEndOfLife: string | null;
            fiscalYearStartMonth: number;
            /** @description The asset's own cost centre. */
            costCentre: string | null;
            /** @description Total cost of ownership: purchase + recorded costs − disposal proceeds. */
            tco: components["schemas"]["AssetTotalCostOfOwnershipInput"];
            books: {
                /** Format: uuid */
                bookId: string;
                code: string;
                name: string;
                isDefault: boolean;
                /**
                 * @description Where the profile comes from: the asset itself, its model, its category, the book, or nowhere.
                 * @enum {string}
                 */
                source: "asset" | "model" | "category" | "book" | "none";
                profile: components["schemas"]["DepreciationProfileInput"] | null;
                /** @description Why there are no figures (no cost, no date, no profile). */
                problem: string | null;
                salvage: string | null;
                depreciable: string | null;
                accumulated: string | null;
                bookValue: string | null;
                /** @description The last day of the last period with depreciation. */
                fullyDepreciatedOn: string | null;
                periods: {
                    start: string;
                    end: string;
                    fiscalYear: number;
                    fiscalPeriod: number;
                    /** @description Decimal amount, two decimals. */
                    expense: string;
                    /** @description Decimal amount, two decimals. */
                    accumulated: string;
                    /** @description Decimal amount, two decimals. */
                    bookValue: string;
                }[];
                fiscalYears: {
                    fiscalYear: number;
                    start: string;
                    end: string;
                    /** @description Decimal amount, two decimals. */
                    openingBookValue: string;
                    /** @description Decimal amount, two decimals. */
                    expense: string;
                    /** @description Decimal amount, two decimals. */
                    accumulated: string;
                    /** @description Decimal amount, two decimals. */
                    bookValue: string;
                }[];
                /** @description What the disposal wrote off in this book. */
                disposal: {
                    disposedOn: string;
                    /** @description Decimal amount, two decimals. */
                    bookValue: string;
                    /** @description Decimal amount, two decimals. */
                    proceeds: string;
                    /** @description Decimal amount, two decimals. */
                    gainLoss: string;
                } | null;
            }[];
        };
        BookValueRegisterInput: {
            date: string;
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            totals: {
                assets: number;
                /** @description Decimal amount, two decimals. */
                cost: string;
                /** @description Decimal amount, two decimals. */
                accumulated: string;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
            };
            columns: string[];
            /** @description The first rows; the export has them all. */
            rows: (string | null)[][];
        };
        DepreciationExpenseReportInput: {
            from: string;
            to: string;
            groupBy: string;
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            rows: {
                group: string;
                /** @description Decimal amount, two decimals. */
                expense: string;
            }[];
            /** @description Decimal amount, two decimals. */
            total: string;
        };
        DepreciationForecastInput: {
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            groupBy: string;
            years: {
                fiscalYear: number;
                start: string;
                end: string;
            }[];
            rows: {
                group: string;
                expenses: string[];
                /** @description Decimal amount, two decimals. */
                total: string;
            }[];
            totals: string[];
        };
        ReplacementBudgetInput: {
            from: string;
            to: string;
            expectedLifeFallbackMonths: number | null;
            quarters: {
                quarter: string;
                label: string;
                assets: number;
                /** @description Decimal amount, two decimals. */
                amount: string;
                byCategory: {
                    [key: string]: string;
                };
            }[];
            categories: string[];
            rows: {
                quarter: string;
                costCentre: string;
                category: string;
                assets: number;
                /** @description Decimal amount, two decimals. */
                amount: string;
                overdueAssets: number;
            }[];
            overdue: {
                assets: number;
            };
        };
        TotalCostOfOwnershipInput: {
            /** @enum {string} */
            groupBy: "model" | "category";
            rows: {
                /** @description null when grouped by category. */
                model: string | null;
                category: string;
                assets: number;
                /** @description Decimal amount, two decimals. */
                purchase: string;
                /** @description Repairs, upgrades, licences, support recorded against the assets. */
                recordedCosts: string;
                /** @description Decimal amount, two decimals. */
                disposalProceeds: string;
                /** @description Decimal amount, two decimals. */
                totalCost: string;
                /** @description Decimal amount, two decimals. */
                perAsset: string;
            }[];
        };
        WriteOffsInput: {
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            from: string;
            to: string;
            disposals: {
                tag: string;
                model: string;
                disposedOn: string;
                /** @description Decimal amount, two decimals. */
                cost: string;
                /** @description Decimal amount, two decimals. */
                accumulated: string;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
                /** @description Decimal amount, two decimals. */
                proceeds: string;
                /** @description Decimal amount, two decimals. */
                gainLoss: string;
            }[];
            disposalTotals: {
                assets: number;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
                /** @description Decimal amount, two decimals. */
                proceeds: string;
                /** @description Decimal amount, two decimals. */
                gainLoss: string;
            };
            losses: {
                tag: string;
                model: string;
                status: string;
                /** @description Decimal amount, two decimals. */
                cost: string;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
            }[];
            lossTotals: {
                assets: number;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
            };
        };
        PlanInput: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                tracking: "individual" | "quantity";
            };
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
            };
            /** @description Quantity on hand, or individually tracked assets in stock. */
            onHand: number;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            leadTimeDays: number;
            /** @enum {string} */
            leadTimeSource: "model" | "supplier" | "default";
            serviceLevel: number;
            /** @enum {string} */
            demandClass: "smooth" | "erratic" | "intermittent" | "lumpy" | "none";
            /** @enum {string} */
            method: "ses" | "croston" | "sba" | "tsb" | "seasonal";
            /** @description Expected demand per month from the history (planned demand apart). */
            forecastPerMonth: number;
            /** @description Known demand: new hires’ kits and end-of-life replacements. */
            plannedNext12Months: number;
            /** @description Demand over the lead time plus one monthly review, with its interval at the service level. */
            protectionDemand: {
                mean: number;
                low: number;
                high: number;
            };
            safetyStock: number;
            reorderPoint: number;
            needsOrder: boolean;
            recommendedOrderQuantity: number;
            /** @description YYYY-MM-DD, or null when stock lasts the next 12 months. */
            predictedStockOut: string | null;
            alerts: ("below_minimum" | "stockout_within_lead_time")[];
        };
        PlanDetailInput: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                tracking: "individual" | "quantity";
            };
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
            };
            /** @description Quantity on hand, or individually tracked assets in stock. */
            onHand: number;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            leadTimeDays: number;
            /** @enum {string} */
            leadTimeSource: "model" | "supplier" | "default";
            serviceLevel: number;
            /** @enum {string} */
            demandClass: "smooth" | "erratic" | "intermittent" | "lumpy" | "none";
            /** @enum {string} */
            method: "ses" | "croston" | "sba" | "tsb" | "seasonal";
            /** @description Expected demand per month from the history (planned demand apart). */
            forecastPerMonth: number;
            /** @description Known demand: new hires’ kits and end-of-life replacements. */
            plannedNext12Months: number;
            /** @description Demand over the lead time plus one monthly review, with its interval at the service level. */
            protectionDemand: {
                mean: number;
                low: number;
                high: number;
            };
            safetyStock: number;
            reorderPoint: number;
            needsOrder: boolean;
            recommendedOrderQuantity: number;
            /** @description YYYY-MM-DD, or null when stock lasts the next 12 months. */
            predictedStockOut: string | null;
            alerts: ("below_minimum" | "stockout_within_lead_time")[];
            history: {
                /** @description YYYY-MM; the last one is the current month, still running. */
                month: string;
                demand: number;
                issued: number;
                writtenOff: number;
                deployed: number;
                returned: number;
            }[];
            forecast: {
                month: string;
                mean: number;
                low: number;
                high: number;
                projectedOnHand: number;
            }[];
            planned: {
                /** @enum {string} */
                source: "new_hire" | "end_of_life";
                due: string;
                quantity: number;
                /** @description The person joining, or the tag of the asset to replace. */
                label: string;
            }[];
        };
        PlanningAlertInput: {
            /** @enum {string} */
            kind: "below_minimum" | "stockout_within_lead_time";
            model: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
            };
            onHand: number;
            minQuantity: number | null;
            predictedStockOut: string | null;
            leadTimeDays: number;
            message: string;
        };
        TransferSuggestionInput: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            from: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
                onHand: number;
            };
            to: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
                onHand: number;
                reorderPoint: number;
            };
            quantity: number;
        };
        PlanRollupInput: {
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
                parentId: string | null;
                depth: number;
            };
            onHand: number;
            forecastPerMonth: number;
            reorderPoint: number;
            recommendedOrderQuantity: number;
        };
        PlanningSettingsInput: {
            /** @description Target fill rate: the share of demand served from stock (0.95 by default). */
            serviceLevel: number;
            /** @description Used when neither the model nor its supplier has a lead time (30 days by default). */
            defaultLeadTimeDays: number;
        };
        ModelSupplyInput: {
            /** Format: uuid */
            modelId: string;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
                defaultLeadTimeDays: number | null;
            } | null;
            leadTimeDays: number | null;
            version: number;
        };
        KitItemInput: {
            /** Format: uuid */
            id: string;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            jobTitle: string | null;
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                tracking: "individual" | "quantity";
            };
            quantity: number;
        };
        LabelTemplateInput: {
            id: string;
            /** @enum {string} */
            kind: "sheet" | "roll";
            title: string;
            labelWidthMm: number;
            /** @description null: continuous tape, as long as the content needs. */
            labelHeightMm: number | null;
            perPage: number;
            page: {
                /** @enum {string} */
                size: "LETTER" | "A4";
                widthMm: number;
                heightMm: number;
            } | null;
            defaultFields: string[];
            defaultSymbology: string;
            formats: ("pdf" | "zpl")[];
        };
        ImportFileProblemInput: {
            /** @enum {string} */
            severity: "error" | "warning";
            code: string;
            message: string;
            row?: number;
            column?: {
                index: number;
                letter: string;
                header?: string;
            };
        };
        ImportColumnMappingInput: {
            /** @constant */
            version: 1;
            /** @enum {string} */
            importType: "assets" | "locations" | "models" | "people" | "suppliers" | "stock" | "licences";
            /** @enum {string} */
            preset?: "snipe-it";
            columns: {
                index: number;
                header: string;
                target: string | null;
                /** @enum {string} */
                source: "preset" | "name" | "custom" | "manual" | "saved" | "none";
                note?: string;
            }[];
            settings?: {
                [key: string]: unknown;
            };
        };
        ImportRunSummaryInput: {
            dryRun: boolean;
            committed: boolean;
            /** @description Why a commit wrote nothing. */
            refused: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            encoding: string | null;
            sheetName: string | null;
            rows: number;
            rowsWithErrors: number;
            errors: number;
            warnings: number;
            /** @description Problems by code. */
            counts: {
                [key: string]: number;
            };
            fileProblems: components["schemas"]["ImportFileProblemInput"][];
            assets: {
                created: number;
                updated: number;
                unchanged: number;
                checkedOut: number;
                skipped: number;
            };
            /** @description The import type's own records (assets, locations, people...): created or updated (to be, in a dry run), unchanged, rows skipped. */
            records: {
                created: number;
                updated: number;
                unchanged: number;
                skipped: number;
            };
            /** @description Stock imports: ledger movements written (0 in a dry run) and the units received or adjusted. */
            stock?: {
                movements: number;
                units: number;
            };
            /** @description Created (commit) or to be created (dry run). */
            references: {
                manufacturers: number;
                categories: number;
                suppliers: number;
                locations: number;
                people: number;
                models: number;
                departments: number;
            };
            /** @description The first names of each kind of reference. */
            examples: {
                [key: string]: string[];
            };
        };
        ImportInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            importType: "assets" | "locations" | "models" | "people" | "suppliers" | "stock" | "licences";
            fileName: string;
            fileBytes: number;
            format: ("csv" | "xlsx") | null;
            /** @enum {string} */
            state: "uploaded" | "checking" | "checked" | "committing" | "committed" | "failed" | "cancelled";
            mapping: components["schemas"]["ImportColumnMappingInput"] | null;
            options: {
                skipBadRows: boolean;
                sheet?: string;
            };
            preview: {
                /** @enum {string} */
                format: "csv" | "xlsx";
                encoding: string | null;
                delimiter: string | null;
                sheetName: string | null;
                headerRowNumber: number;
                headers: {
                    index: number;
                    letter: string;
                    header: string;
                }[];
                sample: string[][];
                problems: components["schemas"]["ImportFileProblemInput"][];
                missingColumns: string[];
            };
            lastRun: components["schemas"]["ImportRunSummaryInput"] | null;
            lastError: string | null;
            job: components["schemas"]["JobInput"] | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            committedAt: string | null;
        };
        ImportProblemInput: {
            id: number;
            /** @description The row number in the file; null for a problem with the file as a whole. */
            row: number | null;
            /** @enum {string} */
            severity: "error" | "warning";
            code: string;
            message: string;
            /** @description The column letter. */
            column: string | null;
            header: string | null;
            field: string | null;
        };
        ImportTypeInput: {
            /** @enum {string} */
            key: "assets" | "locations" | "models" | "people" | "suppliers" | "stock" | "licences";
            label: string;
            importable: boolean;
            notImportable: string | null;
            customFields: boolean;
            fields: {
                key: string;
                label: string;
                type: string;
                help: string;
                aliases: string[];
            }[];
        };
        SavedImportMappingInput: {
            /** Format: uuid */
            id: string;
            name: string;
            importType: string;
            updatedAt: string;
        };
        AssetCountInput: {
            count: number;
            exact: boolean;
        };
        PeopleCountInput: {
            count: number;
            exact: boolean;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            /** @description Stable machine-readable error code. */
            code: string;
            detail: string;
            instance?: string;
            requestId: string;
            errors?: {
                pointer: string;
                message: string;
            }[];
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            status: "active" | "deactivated";
            mustChangePassword: boolean;
            grants: {
                /** @enum {string} */
                role: "admin" | "asset_manager" | "technician" | "auditor" | "viewer";
                /** @description null: the whole organisation; otherwise this location and its subtree. */
                locationId: string | null;
            }[];
            lastLoginAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Me: {
            user: components["schemas"]["User"];
            /** @enum {string} */
            via: "session" | "token";
            tokenId: string | null;
            readOnly: boolean;
            /** @description Send as x-csrf-token on writes made with the session cookie. */
            csrfToken: string | null;
            permissions: {
                [key: string]: {
                    /** @constant */
                    kind: "all";
                } | {
                    /** @constant */
                    kind: "locations";
                    locationIds: string[];
                } | {
                    /** @constant */
                    kind: "none";
                };
            };
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            userId: string;
            userEmail: string;
            /** @description The first characters of the token, to tell tokens apart. */
            prefix: string;
            /** @enum {string} */
            access: "read_only" | "read_write";
            expiresAt: string | null;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
            /** @enum {string} */
            state: "active" | "expired" | "revoked";
        };
        Job: {
            /** Format: uuid */
            id: string;
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed" | "cancelled";
            progressDone: number;
            progressTotal: number | null;
            message: string | null;
            result: unknown | null;
            error: string | null;
            cancelRequested: boolean;
            requestedBy: string | null;
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
        };
        AuditEntry: {
            id: number;
            occurredAt: string;
            actorType: string;
            actorId: string | null;
            actorLabel: string;
            tokenId: string | null;
            source: string;
            requestId: string | null;
            entityType: string;
            entityId: string;
            action: string;
            changes: {
                [key: string]: unknown;
            };
            /** @description Position in the hash chain; null until sealed (within seconds). */
            seq: number | null;
            hash: string | null;
        };
        AuditVerifyReport: {
            ok: boolean;
            checked: number;
            unsealed: number;
            headSeq: number;
            firstProblem: {
                /** @enum {string} */
                kind: "altered" | "deleted" | "inserted";
                entryId: number | null;
                seq: number | null;
                message: string;
            } | null;
            problems: {
                /** @enum {string} */
                kind: "altered" | "deleted" | "inserted";
                entryId: number | null;
                seq: number | null;
                message: string;
            }[];
        };
        Asset: {
            /** Format: uuid */
            id: string;
            tag: string;
            serial: string | null;
            name: string | null;
            /** @enum {string} */
            status: "on_order" | "in_stock" | "in_use" | "in_repair" | "in_transit" | "missing" | "retired" | "disposed" | "lost" | "stolen";
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                tracking: string;
            };
            category: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            manufacturer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            location: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            assignee: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                /** @description The person's name, the location's name or the parent asset's tag. */
                label: string;
            } | null;
            requestReference: string | null;
            expectedReturnDate: string | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            orderReference: string | null;
            purchaseDate: string | null;
            /** @description A decimal string, e.g. "1299.00". */
            purchaseCost: string | null;
            currency: string | null;
            warrantyEnd: string | null;
            /** @description The asset's own cost centre (reports fall back to its holder's, then their department's). */
            costCentre: string | null;
            customFields: {
                [key: string]: unknown;
            };
            notes: string | null;
            /** @description What can be done from the current status. */
            allowedActions: ("receive" | "move" | "check_out" | "check_in" | "send_to_repair" | "return_from_repair" | "mark_missing" | "mark_found" | "mark_lost" | "mark_stolen" | "retire" | "dispose")[];
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        AssetEvent: {
            id: number;
            occurredAt: string;
            action: string;
            actorLabel: string;
            source: string;
            statusFrom: string | null;
            statusTo: string | null;
            locationFrom: string | null;
            locationTo: string | null;
            /** @description Code and name of `locationFrom`; null when there is none or it is outside what you may see. */
            locationFromRef: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            /** @description Code and name of `locationTo`; null when there is none or it is outside what you may see. */
            locationToRef: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            assigneeFrom: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                /** @description The person's name, the location's name or the parent asset's tag. */
                label: string;
            } | null;
            assigneeTo: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                /** @description The person's name, the location's name or the parent asset's tag. */
                label: string;
            } | null;
            requestReference: string | null;
            notes: string | null;
            data: {
                [key: string]: unknown;
            } | null;
        };
        DepreciationProfile: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            bookId: string;
            name: string;
            method: string;
            lifeMonths: number | null;
            salvagePercent: string | null;
            salvageAmount: string | null;
            convention: string | null;
            decliningFactor: string | null;
            rate: string | null;
            switchToStraightLine: boolean | null;
            endOfLife: string | null;
            macrsClass: number | null;
            macrsConvention: string | null;
            /** @description Prospective changes (changes of estimate), each applied from its first day on. */
            changes: {
                effective: string;
                method: string;
                lifeMonths: number | null;
                salvagePercent: string | null;
                salvageAmount: string | null;
                convention: string | null;
                decliningFactor: string | null;
                rate: string | null;
                switchToStraightLine: boolean | null;
                endOfLife: string | null;
                macrsClass: number | null;
                macrsConvention: string | null;
            }[];
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        DepreciationBook: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            description: string | null;
            isDefault: boolean;
            fallbackProfileId: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        DepreciationDefault: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            bookId: string;
            categoryId: string | null;
            categoryName: string | null;
            modelId: string | null;
            modelName: string | null;
            /** Format: uuid */
            profileId: string;
        };
        FinanceSettings: {
            fiscalYearStartMonth: number;
        };
        StockLevel: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                categoryId: string;
                categoryName: string;
            };
            counts: {
                in_stock: number;
                in_use: number;
                in_repair: number;
                in_transit: number;
                on_order: number;
            };
            minStock: number | null;
            /** @description In stock is below the model’s minimum. */
            belowMinimum: boolean;
        };
        LabelSettings: {
            organisationName: string | null;
            gs1CompanyPrefix: string | null;
            hasLogo: boolean;
        };
        ScanResult: {
            /** Format: uuid */
            clientId: string;
            /** @enum {string} */
            outcome: "applied" | "conflict" | "rejected";
            message: string;
            assetId: string | null;
            /** @description This scan was already received; this is the answer it got then. */
            replayed: boolean;
        };
        StockScanResult: {
            /** Format: uuid */
            clientId: string;
            /** @enum {string} */
            outcome: "applied" | "rejected";
            message: string;
            modelId: string | null;
            locationId: string | null;
            /** @description On hand at the scanned location right after this line. */
            onHand: number | null;
            toLocationId: string | null;
            /** @description Transfer: on hand at the destination right after this line. */
            toOnHand: number | null;
            /** @description This line was already received; this is the answer it got then. */
            replayed: boolean;
        };
        BatchFileResult: {
            lines: {
                line: number;
                code: string;
                /** @enum {string} */
                outcome: "location" | "applied" | "conflict" | "rejected" | "unreadable";
                message: string;
                result: components["schemas"]["ScanResult"] | null;
            }[];
            applied: number;
            /** @description Lines that were not applied: conflicts, rejections and unreadable lines. */
            problems: number;
        };
        LookupMatch: {
            /** @enum {string} */
            type: "asset" | "location" | "person" | "model";
            /** Format: uuid */
            id: string;
            /** @description One line naming the thing, e.g. "QM-000123: Latitude 7450 (in use by Grace Hopper)". */
            label: string;
        } & {
            [key: string]: unknown;
        };
        LookupResult: {
            code: string;
            /** @enum {string} */
            readAs: "gs1" | "url" | "email" | "gtin" | "text" | "unknown";
            match: components["schemas"]["LookupMatch"] | null;
            others: components["schemas"]["LookupMatch"][];
            gs1: {
                gtin: string | null;
                serial: string | null;
            } | null;
            /** @description What the code is, or why nothing matches it. */
            message: string;
        };
        LocationRef: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        Location: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "site" | "building" | "floor" | "room" | "stockroom" | "other";
            /** @description Unique (whatever the case); printed as the location’s barcode. */
            code: string;
            name: string;
            /** @description 0 for a site (a root), 1 for its children, ... */
            depth: number;
            address: string | null;
            managerPersonId: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description Children you can see (archived ones only with includeArchived). */
            childCount: number;
            hasChildren: boolean;
            /** @description False for a location above the subtree your role covers: shown only as the way down to it (its other children, its assets and its people are not visible to you). */
            inScope: boolean;
        };
        LocationDetail: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "site" | "building" | "floor" | "room" | "stockroom" | "other";
            /** @description Unique (whatever the case); printed as the location’s barcode. */
            code: string;
            name: string;
            /** @description 0 for a site (a root), 1 for its children, ... */
            depth: number;
            address: string | null;
            managerPersonId: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description Children you can see (archived ones only with includeArchived). */
            childCount: number;
            hasChildren: boolean;
            /** @description False for a location above the subtree your role covers: shown only as the way down to it (its other children, its assets and its people are not visible to you). */
            inScope: boolean;
            /** @description From the root down to the parent. */
            ancestors: components["schemas"]["LocationRef"][];
            manager: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Individually tracked assets located here (not below); null when the location is not in your scope. */
            assets: {
                total: number;
                byStatus: {
                    on_order: number;
                    in_stock: number;
                    in_use: number;
                    in_repair: number;
                    in_transit: number;
                    missing: number;
                    retired: number;
                    disposed: number;
                    lost: number;
                    stolen: number;
                };
            } | null;
            /** @description Individually tracked assets here and anywhere below (the whole subtree); null when the location is not in your scope. */
            assetsWithin: {
                total: number;
                byStatus: {
                    on_order: number;
                    in_stock: number;
                    in_use: number;
                    in_repair: number;
                    in_transit: number;
                    missing: number;
                    retired: number;
                    disposed: number;
                    lost: number;
                    stolen: number;
                };
            } | null;
            /** @description People located here who have not left; null when the location is not in your scope. */
            peopleCount: number | null;
        };
        LocationSearchHit: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "site" | "building" | "floor" | "room" | "stockroom" | "other";
            code: string;
            name: string;
            depth: number;
            archivedAt: string | null;
            /** @description From the root down to the parent. */
            ancestors: components["schemas"]["LocationRef"][];
        };
        PersonRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        Department: {
            /** Format: uuid */
            id: string;
            /** @description Unique whatever the case. */
            name: string;
            code: string | null;
            costCentre: string | null;
            managerId: string | null;
            /** @description Null also when the manager is outside your scope. */
            manager: components["schemas"]["PersonRef"] | null;
            /** @description People in the department who have not left (those you can see). */
            peopleCount: number;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Person: {
            /** Format: uuid */
            id: string;
            /** @description Unique whatever the case, when present. */
            employeeNumber: string | null;
            name: string;
            /** @description Unique whatever the case, when present. */
            email: string | null;
            jobTitle: string | null;
            departmentId: string | null;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            costCentre: string | null;
            managerId: string | null;
            /** @description Null also when the manager is outside your scope. */
            manager: components["schemas"]["PersonRef"] | null;
            locationId: string | null;
            location: components["schemas"]["LocationRef"] | null;
            remote: boolean;
            /** @description YYYY-MM-DD */
            startDate: string | null;
            /** @description YYYY-MM-DD */
            endDate: string | null;
            /** @enum {string} */
            status: "active" | "leaving" | "left";
            /** @description The user account linked to this person, if any. */
            userId: string | null;
            notes: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        HeldAsset: {
            /** Format: uuid */
            id: string;
            tag: string;
            name: string | null;
            modelName: string;
            status: string;
            /** @description When it was assigned to the person (null when no event says). */
            since: string | null;
        };
        PastAsset: {
            /** Format: uuid */
            id: string;
            tag: string;
            modelName: string;
            from: string | null;
            to: string;
        };
        PersonDetail: {
            /** Format: uuid */
            id: string;
            /** @description Unique whatever the case, when present. */
            employeeNumber: string | null;
            name: string;
            /** @description Unique whatever the case, when present. */
            email: string | null;
            jobTitle: string | null;
            departmentId: string | null;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            costCentre: string | null;
            managerId: string | null;
            /** @description Null also when the manager is outside your scope. */
            manager: components["schemas"]["PersonRef"] | null;
            locationId: string | null;
            location: components["schemas"]["LocationRef"] | null;
            remote: boolean;
            /** @description YYYY-MM-DD */
            startDate: string | null;
            /** @description YYYY-MM-DD */
            endDate: string | null;
            /** @enum {string} */
            status: "active" | "leaving" | "left";
            /** @description The user account linked to this person, if any. */
            userId: string | null;
            notes: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description The breadcrumb above the person's location. */
            locationAncestors: components["schemas"]["LocationRef"][];
            user: {
                /** Format: uuid */
                id: string;
                email: string;
            } | null;
            /** @description Assets assigned to the person now. */
            assetsHeld: components["schemas"]["HeldAsset"][];
            /** @description Assets the person held before, newest return first (from the assets’ history). */
            assetsHeldBefore: components["schemas"]["PastAsset"][];
        };
        CustomFieldDefinition: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            categoryId: string;
            /** @description Where values are stored in an asset’s customFields; never changes. */
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "number" | "date" | "boolean" | "select" | "url" | "email" | "ip" | "mac";
            required: boolean;
            /** @description No two assets of the category may hold the same value. */
            unique: boolean;
            /** @description The choices of a select field. */
            options: string[] | null;
            helpText: string | null;
            position: number;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Category: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "hardware" | "accessory" | "consumable" | "component" | "software";
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        CategoryDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "hardware" | "accessory" | "consumable" | "component" | "software";
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description Active fields in display order, then archived ones. */
            fields: components["schemas"]["CustomFieldDefinition"][];
            counts: {
                /** @description Models (not archived) in the category. */
                models: number;
                assets: number;
            };
        };
        CustomFieldValueReport: {
            /** @description At most 100 assets; `total` counts them all. */
            incompatible: {
                /** Format: uuid */
                assetId: string;
                tag: string;
                /** @description The value as stored; it is kept, never dropped. */
                value: unknown;
                message: string;
            }[];
            total: number;
        };
        CustomFieldChange: {
            field: components["schemas"]["CustomFieldDefinition"];
            report: components["schemas"]["CustomFieldValueReport"];
        };
        Model: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            categoryId: string;
            categoryName: string;
            manufacturerId: string | null;
            manufacturerName: string | null;
            name: string;
            modelNumber: string | null;
            /** @description GTINs / EANs / UPCs of the model, as 14-digit GTIN-14 (zero-padded). */
            gtins: string[];
            /**
             * @description individual: every unit is an asset; quantity: a count per location.
             * @enum {string}
             */
            tracking: "individual" | "quantity";
            expectedLifeMonths: number | null;
            /** @description A decimal string, e.g. "1299.00". */
            defaultUnitCost: string | null;
            /** @description ISO 4217, e.g. EUR. */
            currency: string | null;
            minStock: number | null;
            imageUrl: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Manufacturer: {
            /** Format: uuid */
            id: string;
            name: string;
            website: string | null;
            supportUrl: string | null;
            supportEmail: string | null;
            supportPhone: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Supplier: {
            /** Format: uuid */
            id: string;
            name: string;
            contactName: string | null;
            email: string | null;
            phone: string | null;
            website: string | null;
            /** @description Our account number with the supplier. */
            accountNumber: string | null;
            /** @description Days from order to delivery, unless an order says otherwise. */
            defaultLeadTimeDays: number | null;
            address: string | null;
            notes: string | null;
            archivedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        StockBalance: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                categoryName: string;
            };
            location: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            };
            onHand: number;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            /** @description Send it back to change the policy (null: none yet). */
            policyVersion: number | null;
            belowMinimum: boolean;
        };
        StockMovement: {
            id: number;
            /**
             * Format: uuid
             * @description Shared by the two rows of a transfer.
             */
            groupId: string;
            occurredAt: string;
            /** @enum {string} */
            kind: "receive" | "issue" | "return" | "transfer_out" | "transfer_in" | "adjust" | "loss" | "damage";
            model: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            location: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            };
            /** @description Signed change of on hand at this location. */
            quantity: number;
            balanceAfter: number;
            issuedTo: {
                /** @enum {string} */
                type: "person" | "location" | "asset";
                /** Format: uuid */
                id: string;
                label: string;
            } | null;
            /** @description The other end of a transfer. */
            counterpartLocation: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            reason: string | null;
            reference: string | null;
            notes: string | null;
            actor: string;
            source: string;
        };
        StockPolicy: {
            /** Format: uuid */
            modelId: string;
            /** Format: uuid */
            locationId: string;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            version: number;
        };
        AssetCost: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            assetId: string;
            incurredOn: string;
            /** @enum {string} */
            kind: "repair" | "upgrade" | "licence" | "support" | "other";
            /** @description Decimal amount, two decimals. */
            amount: string;
            currency: string | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            note: string | null;
            createdAt: string;
        };
        AssetTotalCostOfOwnership: {
            /** @description The asset's currency: every amount here is in it. */
            currency: string | null;
            /** @description Decimal amount, two decimals. */
            purchase: string;
            /** @description Costs recorded against the asset in its currency. */
            recorded: string;
            byKind: {
                kind: string;
                /** @description Decimal amount, two decimals. */
                amount: string;
            }[];
            /** @description Decimal amount, two decimals. */
            disposalProceeds: string;
            /** @description Purchase + recorded costs − disposal proceeds. */
            total: string;
            /** @description Costs in another currency than the asset’s: left out of the total (never converted). */
            otherCurrencies: {
                currency: string;
                /** @description Decimal amount, two decimals. */
                amount: string;
            }[];
        };
        AssetCosts: {
            items: components["schemas"]["AssetCost"][];
            tco: components["schemas"]["AssetTotalCostOfOwnership"];
        };
        AssetFinancials: {
            /** Format: uuid */
            assetId: string;
            tag: string;
            status: string;
            /** @description The date the book values are at (end of that day). */
            date: string;
            cost: string | null;
            currency: string | null;
            purchaseDate: string | null;
            /** @description Whole months from the purchase date to the date. */
            ageMonths: number | null;
            /** @description The model's expected life, else the default book's. */
            expectedLifeMonths: number | null;
            expectedEndOfLife: string | null;
            fiscalYearStartMonth: number;
            /** @description The asset's own cost centre. */
            costCentre: string | null;
            /** @description Total cost of ownership: purchase + recorded costs − disposal proceeds. */
            tco: components["schemas"]["AssetTotalCostOfOwnership"];
            books: {
                /** Format: uuid */
                bookId: string;
                code: string;
                name: string;
                isDefault: boolean;
                /**
                 * @description Where the profile comes from: the asset itself, its model, its category, the book, or nowhere.
                 * @enum {string}
                 */
                source: "asset" | "model" | "category" | "book" | "none";
                profile: components["schemas"]["DepreciationProfile"] | null;
                /** @description Why there are no figures (no cost, no date, no profile). */
                problem: string | null;
                salvage: string | null;
                depreciable: string | null;
                accumulated: string | null;
                bookValue: string | null;
                /** @description The last day of the last period with depreciation. */
                fullyDepreciatedOn: string | null;
                periods: {
                    start: string;
                    end: string;
                    fiscalYear: number;
                    fiscalPeriod: number;
                    /** @description Decimal amount, two decimals. */
                    expense: string;
                    /** @description Decimal amount, two decimals. */
                    accumulated: string;
                    /** @description Decimal amount, two decimals. */
                    bookValue: string;
                }[];
                fiscalYears: {
                    fiscalYear: number;
                    start: string;
                    end: string;
                    /** @description Decimal amount, two decimals. */
                    openingBookValue: string;
                    /** @description Decimal amount, two decimals. */
                    expense: string;
                    /** @description Decimal amount, two decimals. */
                    accumulated: string;
                    /** @description Decimal amount, two decimals. */
                    bookValue: string;
                }[];
                /** @description What the disposal wrote off in this book. */
                disposal: {
                    disposedOn: string;
                    /** @description Decimal amount, two decimals. */
                    bookValue: string;
                    /** @description Decimal amount, two decimals. */
                    proceeds: string;
                    /** @description Decimal amount, two decimals. */
                    gainLoss: string;
                } | null;
            }[];
        };
        BookValueRegister: {
            date: string;
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            totals: {
                assets: number;
                /** @description Decimal amount, two decimals. */
                cost: string;
                /** @description Decimal amount, two decimals. */
                accumulated: string;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
            };
            columns: string[];
            /** @description The first rows; the export has them all. */
            rows: (string | null)[][];
        };
        DepreciationExpenseReport: {
            from: string;
            to: string;
            groupBy: string;
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            rows: {
                group: string;
                /** @description Decimal amount, two decimals. */
                expense: string;
            }[];
            /** @description Decimal amount, two decimals. */
            total: string;
        };
        DepreciationForecast: {
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            groupBy: string;
            years: {
                fiscalYear: number;
                start: string;
                end: string;
            }[];
            rows: {
                group: string;
                expenses: string[];
                /** @description Decimal amount, two decimals. */
                total: string;
            }[];
            totals: string[];
        };
        ReplacementBudget: {
            from: string;
            to: string;
            expectedLifeFallbackMonths: number | null;
            quarters: {
                quarter: string;
                label: string;
                assets: number;
                /** @description Decimal amount, two decimals. */
                amount: string;
                byCategory: {
                    [key: string]: string;
                };
            }[];
            categories: string[];
            rows: {
                quarter: string;
                costCentre: string;
                category: string;
                assets: number;
                /** @description Decimal amount, two decimals. */
                amount: string;
                overdueAssets: number;
            }[];
            overdue: {
                assets: number;
            };
        };
        TotalCostOfOwnership: {
            /** @enum {string} */
            groupBy: "model" | "category";
            rows: {
                /** @description null when grouped by category. */
                model: string | null;
                category: string;
                assets: number;
                /** @description Decimal amount, two decimals. */
                purchase: string;
                /** @description Repairs, upgrades, licences, support recorded against the assets. */
                recordedCosts: string;
                /** @description Decimal amount, two decimals. */
                disposalProceeds: string;
                /** @description Decimal amount, two decimals. */
                totalCost: string;
                /** @description Decimal amount, two decimals. */
                perAsset: string;
            }[];
        };
        WriteOffs: {
            book: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            from: string;
            to: string;
            disposals: {
                tag: string;
                model: string;
                disposedOn: string;
                /** @description Decimal amount, two decimals. */
                cost: string;
                /** @description Decimal amount, two decimals. */
                accumulated: string;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
                /** @description Decimal amount, two decimals. */
                proceeds: string;
                /** @description Decimal amount, two decimals. */
                gainLoss: string;
            }[];
            disposalTotals: {
                assets: number;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
                /** @description Decimal amount, two decimals. */
                proceeds: string;
                /** @description Decimal amount, two decimals. */
                gainLoss: string;
            };
            losses: {
                tag: string;
                model: string;
                status: string;
                /** @description Decimal amount, two decimals. */
                cost: string;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
            }[];
            lossTotals: {
                assets: number;
                /** @description Decimal amount, two decimals. */
                bookValue: string;
            };
        };
        Plan: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                tracking: "individual" | "quantity";
            };
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
            };
            /** @description Quantity on hand, or individually tracked assets in stock. */
            onHand: number;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            leadTimeDays: number;
            /** @enum {string} */
            leadTimeSource: "model" | "supplier" | "default";
            serviceLevel: number;
            /** @enum {string} */
            demandClass: "smooth" | "erratic" | "intermittent" | "lumpy" | "none";
            /** @enum {string} */
            method: "ses" | "croston" | "sba" | "tsb" | "seasonal";
            /** @description Expected demand per month from the history (planned demand apart). */
            forecastPerMonth: number;
            /** @description Known demand: new hires’ kits and end-of-life replacements. */
            plannedNext12Months: number;
            /** @description Demand over the lead time plus one monthly review, with its interval at the service level. */
            protectionDemand: {
                mean: number;
                low: number;
                high: number;
            };
            safetyStock: number;
            reorderPoint: number;
            needsOrder: boolean;
            recommendedOrderQuantity: number;
            /** @description YYYY-MM-DD, or null when stock lasts the next 12 months. */
            predictedStockOut: string | null;
            alerts: ("below_minimum" | "stockout_within_lead_time")[];
        };
        PlanDetail: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                tracking: "individual" | "quantity";
            };
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
            };
            /** @description Quantity on hand, or individually tracked assets in stock. */
            onHand: number;
            minQuantity: number | null;
            maxQuantity: number | null;
            reorderQuantity: number | null;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            leadTimeDays: number;
            /** @enum {string} */
            leadTimeSource: "model" | "supplier" | "default";
            serviceLevel: number;
            /** @enum {string} */
            demandClass: "smooth" | "erratic" | "intermittent" | "lumpy" | "none";
            /** @enum {string} */
            method: "ses" | "croston" | "sba" | "tsb" | "seasonal";
            /** @description Expected demand per month from the history (planned demand apart). */
            forecastPerMonth: number;
            /** @description Known demand: new hires’ kits and end-of-life replacements. */
            plannedNext12Months: number;
            /** @description Demand over the lead time plus one monthly review, with its interval at the service level. */
            protectionDemand: {
                mean: number;
                low: number;
                high: number;
            };
            safetyStock: number;
            reorderPoint: number;
            needsOrder: boolean;
            recommendedOrderQuantity: number;
            /** @description YYYY-MM-DD, or null when stock lasts the next 12 months. */
            predictedStockOut: string | null;
            alerts: ("below_minimum" | "stockout_within_lead_time")[];
            history: {
                /** @description YYYY-MM; the last one is the current month, still running. */
                month: string;
                demand: number;
                issued: number;
                writtenOff: number;
                deployed: number;
                returned: number;
            }[];
            forecast: {
                month: string;
                mean: number;
                low: number;
                high: number;
                projectedOnHand: number;
            }[];
            planned: {
                /** @enum {string} */
                source: "new_hire" | "end_of_life";
                due: string;
                quantity: number;
                /** @description The person joining, or the tag of the asset to replace. */
                label: string;
            }[];
        };
        PlanningAlert: {
            /** @enum {string} */
            kind: "below_minimum" | "stockout_within_lead_time";
            model: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
            };
            onHand: number;
            minQuantity: number | null;
            predictedStockOut: string | null;
            leadTimeDays: number;
            message: string;
        };
        TransferSuggestion: {
            model: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            from: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
                onHand: number;
            };
            to: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
                onHand: number;
                reorderPoint: number;
            };
            quantity: number;
        };
        PlanRollup: {
            location: {
                /** Format: uuid */
                id: string;
                name: string;
                code: string;
                parentId: string | null;
                depth: number;
            };
            onHand: number;
            forecastPerMonth: number;
            reorderPoint: number;
            recommendedOrderQuantity: number;
        };
        PlanningSettings: {
            /** @description Target fill rate: the share of demand served from stock (0.95 by default). */
            serviceLevel: number;
            /** @description Used when neither the model nor its supplier has a lead time (30 days by default). */
            defaultLeadTimeDays: number;
        };
        ModelSupply: {
            /** Format: uuid */
            modelId: string;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
                defaultLeadTimeDays: number | null;
            } | null;
            leadTimeDays: number | null;
            version: number;
        };
        KitItem: {
            /** Format: uuid */
            id: string;
            department: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            jobTitle: string | null;
            model: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                tracking: "individual" | "quantity";
            };
            quantity: number;
        };
        LabelTemplate: {
            id: string;
            /** @enum {string} */
            kind: "sheet" | "roll";
            title: string;
            labelWidthMm: number;
            /** @description null: continuous tape, as long as the content needs. */
            labelHeightMm: number | null;
            perPage: number;
            page: {
                /** @enum {string} */
                size: "LETTER" | "A4";
                widthMm: number;
                heightMm: number;
            } | null;
            defaultFields: string[];
            defaultSymbology: string;
            formats: ("pdf" | "zpl")[];
        };
        ImportFileProblem: {
            /** @enum {string} */
            severity: "error" | "warning";
            code: string;
            message: string;
            row?: number;
            column?: {
                index: number;
                letter: string;
                header?: string;
            };
        };
        ImportColumnMapping: {
            /** @constant */
            version: 1;
            /** @enum {string} */
            importType: "assets" | "locations" | "models" | "people" | "suppliers" | "stock" | "licences";
            /** @enum {string} */
            preset?: "snipe-it";
            columns: {
                index: number;
                header: string;
                target: string | null;
                /** @enum {string} */
                source: "preset" | "name" | "custom" | "manual" | "saved" | "none";
                note?: string;
            }[];
            settings?: {
                [key: string]: unknown;
            };
        };
        ImportRunSummary: {
            dryRun: boolean;
            committed: boolean;
            /** @description Why a commit wrote nothing. */
            refused: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            encoding: string | null;
            sheetName: string | null;
            rows: number;
            rowsWithErrors: number;
            errors: number;
            warnings: number;
            /** @description Problems by code. */
            counts: {
                [key: string]: number;
            };
            fileProblems: components["schemas"]["ImportFileProblem"][];
            assets: {
                created: number;
                updated: number;
                unchanged: number;
                checkedOut: number;
                skipped: number;
            };
            /** @description The import type's own records (assets, locations, people...): created or updated (to be, in a dry run), unchanged, rows skipped. */
            records: {
                created: number;
                updated: number;
                unchanged: number;
                skipped: number;
            };
            /** @description Stock imports: ledger movements written (0 in a dry run) and the units received or adjusted. */
            stock?: {
                movements: number;
                units: number;
            };
            /** @description Created (commit) or to be created (dry run). */
            references: {
                manufacturers: number;
                categories: number;
                suppliers: number;
                locations: number;
                people: number;
                models: number;
                departments: number;
            };
            /** @description The first names of each kind of reference. */
            examples: {
                [key: string]: string[];
            };
        };
        Import: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            importType: "assets" | "locations" | "models" | "people" | "suppliers" | "stock" | "licences";
            fileName: string;
            fileBytes: number;
            format: ("csv" | "xlsx") | null;
            /** @enum {string} */
            state: "uploaded" | "checking" | "checked" | "committing" | "committed" | "failed" | "cancelled";
            mapping: components["schemas"]["ImportColumnMapping"] | null;
            options: {
                skipBadRows: boolean;
                sheet?: string;
            };
            preview: {
                /** @enum {string} */
                format: "csv" | "xlsx";
                encoding: string | null;
                delimiter: string | null;
                sheetName: string | null;
                headerRowNumber: number;
                headers: {
                    index: number;
                    letter: string;
                    header: string;
                }[];
                sample: string[][];
                problems: components["schemas"]["ImportFileProblem"][];
                missingColumns: string[];
            };
            lastRun: components["schemas"]["ImportRunSummary"] | null;
            lastError: string | null;
            job: components["schemas"]["Job"] | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            committedAt: string | null;
        };
        ImportProblem: {
            id: number;
            /** @description The row number in the file; null for a problem with the file as a whole. */
            row: number | null;
            /** @enum {string} */
            severity: "error" | "warning";
            code: string;
            message: string;
            /** @description The column letter. */
            column: string | null;
            header: string | null;
            field: string | null;
        };
        ImportType: {
            /** @enum {string} */
            key: "assets" | "locations" | "models" | "people" | "suppliers" | "stock" | "licences";
            label: string;
            importable: boolean;
            notImportable: string | null;
            customFields: boolean;
            fields: {
                key: string;
                label: string;
                type: string;
                help: string;
                aliases: string[];
            }[];
        };
        SavedImportMapping: {
            /** Format: uuid */
            id: string;
            name: string;
            importType: string;
            updatedAt: string;
        };
        AssetCount: {
            count: number;
            exact: boolean;
        };
        PeopleCount: {
            count: number;
            exact: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
