// Generated from /api/v1/openapi.json by `pnpm partner-client:generate`: do not edit.
export interface paths {
    "/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List alloys, their metal prices and the finishes on offer */
        get: operations["listMaterials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a 3D model (STL, OBJ or 3MF)
         * @description Send the file as the raw body (`Content-Type: application/octet-stream`, name in `?filename=`) or as `multipart/form-data` with a `file` field. At most 100 MiB. The format is told from the content, not the name. The answer comes at once with `status: UPLOADED`; poll `GET /models/{id}` until it is `ANALYSED` (usually within seconds) to read the analysis, printability and quotes. A file uploaded before is recognised by its SHA-256 and is analysed at once.
         */
        post: operations["uploadModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a model’s analysis, printability and a quote per alloy */
        get: operations["getModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your orders (newest first, or the change feed)
         * @description Without `updated_since` or a change-feed cursor: newest first. With them: the change feed, ordered by `changeNumber`, the number webhooks carry too. A change shows once its transaction and every transaction that started before it have ended, so a poll may see a change a moment after its webhook — never a later change before an earlier one is visible.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Place an order of one or more items
         * @description Requires an `Idempotency-Key`. The order starts SUBMITTED; the workshop prices it from the models (→ PRICE_CALCULATED, usually within seconds) and every later change is sent to your webhooks and shown by `GET /orders/{id}`. Repeating the request with the same key and body returns the first response, byte for byte; the same key with another body is refused (422).
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an order with its items and full timeline */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order before production starts
         * @description Requires an `Idempotency-Key`. Once MANUFACTURING_STARTED, an order can no longer be cancelled (409 invalid-transition).
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the API answers
         * @description Needs no key and touches no database: for uptime checks.
         */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price an analysed model with options, in one alloy or all
         * @description Nothing is stored: quote as often as you like. The order is priced again when placed.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your own API requests
         * @description Your requests of the last 30 days with keys of the calling key’s mode (a test key sees the sandbox’s requests, a live key the live ones), newest first: time, method, route template, status, duration, request id, Idempotency-Key, key prefix, mode and version — never a body or a key. Entries are written in batches within about a second of the answer. Follow `nextCursor` for older pages.
         */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test/orders/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a sandbox order on by one step (test keys only)
         * @description Test keys only: with a live key the answer is 403 `test-key-required`. Moves one of your sandbox orders one step along PRICE_CALCULATED → MANUFACTURING_APPROVED → MANUFACTURING_STARTED → MANUFACTURING_COMPLETED → PACKAGING → SHIPPED → CLOSED, without waiting for the sandbox to do it by itself (it takes each step within a few seconds and rests at SHIPPED). The step is a real change: it is on the timeline, in the change feed and sent to your test webhook endpoints with `"mode": "test"`. A SUBMITTED order waits for its price, and a finished one has no next step (409 `invalid-transition`); if the order moved meanwhile you get 409 `conflict` — read it again and retry.
         */
        post: operations["advanceTestOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint (its signing secret is shown once)
         * @description Requires an `Idempotency-Key`, so a retried request does not add a second endpoint. Webhooks only go to public addresses: a URL whose host is, or resolves to, a loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local, multicast or unspecified address — in any spelling, IPv4-mapped IPv6 included — is refused with 422 `unprocessable` naming the rule. The address is checked again when each delivery connects, and redirects are not followed. A receiver inside your own network needs the workshop to allow its network.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change, pause or re-enable a webhook endpoint
         * @description A new URL is checked as when the endpoint was added (422 `unprocessable` naming the rule).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an endpoint’s deliveries with every attempt */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed `ping` event to the endpoint
         * @description The ping is delivered (and retried) like any event; follow it in the endpoint’s deliveries.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    orderEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An event about one of your orders (or a ping), sent to each of your endpoints
         * @description Verify before trusting it: take the raw body as received, split `Facet-Signature` into `t` and `v1`, compute HMAC-SHA256 of `<t>.<raw body>` with your endpoint's secret, compare with `v1` in constant time, and refuse a `t` more than 5 minutes from your clock. Answer 2xx within 10 s; anything else (or no answer) is retried with exponential back-off and jitter from 30 s up to every 4 h, 18 attempts over more than a day. Or verify the Standard Webhooks headers with any Standard Webhooks library (`new Webhook(secret).verify(rawBody, headers)`, npm `standardwebhooks`). Deduplicate on `id` (replays keep it, and `webhook-id` is the same); order by `data.order.version`; `data.order.changeNumber` is where the change sits in the change feed. After 20 failures in a row and 48 h without success the endpoint is disabled, with the reason in `disabledReason`.
         */
        post: operations["receiveWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        ApiRequest: {
            apiVersion: string | null;
            /** Format: date-time */
            at: string;
            /** Format: int32 */
            durationMs: number;
            /** Format: uuid */
            id: string;
            idempotencyKey: string | null;
            keyPrefix: string | null;
            method: string;
            /** @enum {string} */
            mode: "live" | "test";
            requestId: string;
            /** @example /api/v1/orders/{id} */
            route: string;
            /** Format: int32 */
            status: number;
        };
        ApiRequestPage: {
            data: components["schemas"]["ApiRequest"][];
            nextCursor: string | null;
        };
        CancelOrderRequest: {
            /** @example The end customer changed their mind. */
            reason: string;
        };
        Castability: {
            alloyCode: string;
            findings: components["schemas"]["CastabilityFinding"][];
            rules: components["schemas"]["DesignRules"];
            summary: string;
            /** @enum {string} */
            verdict: "CASTABLE" | "CASTABLE_WITH_RISK" | "NOT_CASTABLE";
        };
        CastabilityFinding: {
            /** @description The thin area of the place. */
            areaMm2: number | null;
            /** @description Where to look (model coordinates, mm), when known. */
            atMm: [
                number,
                number,
                number
            ] | null;
            /** @description True: the piece cannot be cast in this alloy. False: a risk. */
            blocking: boolean;
            /** @description The box around the place, when known. */
            boxMm: {
                max: [
                    number,
                    number,
                    number
                ];
                min: [
                    number,
                    number,
                    number
                ];
            } | null;
            /**
             * @description What the finding is about.
             * @enum {string}
             */
            kind: "holes" | "too-small" | "too-large" | "thin-wall" | "thin-wire" | "thickness-unknown";
            /** @description The alloy's rule it was judged against. */
            limitMm: number | null;
            /** @description The wall, wire or size measured there. */
            measuredMm: number | null;
            message: string;
        };
        CreateOrderRequest: {
            externalRef?: string | null;
            items: {
                /** @description Required (true) to order a piece whose castability in this alloy is CASTABLE_WITH_RISK: you accept that it may not cast as modelled. Ignored for other verdicts. */
                acceptCastabilityRisk?: boolean;
                alloyCode: string;
                engraving?: string | null;
                /**
                 * @default polished
                 * @enum {string}
                 */
                finish: "polished" | "matte" | "satin";
                /** Format: uuid */
                modelId: string;
                /**
                 * Format: int32
                 * @default 1
                 */
                quantity: number;
                ringSize?: number | null;
                /** @default 1 */
                scale: number;
            }[];
        };
        CreateWebhookEndpoint: {
            description?: string | null;
            /**
             * Format: uri
             * @example https://erp.atelier-lumen.example/facet/webhooks
             */
            url: string;
        };
        DesignRules: {
            maxPieceMm: number;
            minDetailMm: number;
            minWallMm: number;
            minWireMm: number;
        };
        Material: {
            castingLossPct: number;
            /** @example AU750Y */
            code: string;
            colour: string;
            /**
             * @example EUR
             * @enum {string}
             */
            currency: "EUR" | "RUB";
            densityGPerCm3: number;
            metal: string;
            /** @example Yellow gold 750 (18 ct) */
            name: string;
            /** Format: int64 */
            pricePerGramCents: number;
        };
        Materials: {
            alloys: components["schemas"]["Material"][];
            finishes: ("polished" | "matte" | "satin")[];
        };
        /**
         * @description `live` for real orders; `test` for sandbox orders, placed with a `fct_test_` key: they never reach the workshop and move to SHIPPED by themselves (see the Sandbox section of the guide).
         * @enum {string}
         */
        Mode: "live" | "test";
        Model: {
            analysis: components["schemas"]["ModelAnalysis"] | null;
            /** @description The verdict in every active alloy (the same as in `quotes`), once the model is analysed: castable, castable with risk or not castable, with the findings and where they are. */
            castability: components["schemas"]["Castability"][];
            /** Format: date-time */
            createdAt: string;
            /** @example signet-ring.stl */
            fileName: string;
            /** @enum {string} */
            format: "stl" | "obj" | "3mf";
            /** Format: uuid */
            id: string;
            printability: {
                printable: boolean;
                problems: string[];
                warnings: string[];
            } | null;
            quotes: components["schemas"]["Quote"][];
            rejectionReason: string | null;
            sha256: string;
            /** Format: int64 */
            sizeBytes: number;
            /** @enum {string} */
            status: "UPLOADED" | "ANALYSED" | "REJECTED";
        };
        ModelAnalysis: {
            /** Format: int64 */
            boundaryEdges: number;
            boundingBoxMm: {
                max: [
                    number,
                    number,
                    number
                ];
                min: [
                    number,
                    number,
                    number
                ];
                size: [
                    number,
                    number,
                    number
                ];
            };
            /** Format: int64 */
            degenerateFaces: number;
            /** Format: int64 */
            nonManifoldEdges: number;
            openEdgeLoops?: {
                boxMm: {
                    max: [
                        number,
                        number,
                        number
                    ];
                    min: [
                        number,
                        number,
                        number
                    ];
                };
                centreMm: [
                    number,
                    number,
                    number
                ];
                /** Format: int64 */
                edges: number;
                /** @enum {string} */
                kind: "hole" | "non-manifold";
                lengthMm: number;
            }[];
            ring?: {
                axis: [
                    number,
                    number,
                    number
                ];
                bandWidthMm: number;
                centreMm: [
                    number,
                    number,
                    number
                ];
                innerDiameterMm: number;
            } | null;
            /** Format: int64 */
            shells: number;
            surfaceAreaMm2: number;
            thickness?: {
                areaBelowMm2: number[];
                /** @constant */
                measured: true;
                minWallMm: number;
                /** Format: int64 */
                samples: number;
                thinnestAtMm: [
                    number,
                    number,
                    number
                ];
                thinRegions: {
                    areaMm2: number;
                    boxMm: {
                        max: [
                            number,
                            number,
                            number
                        ];
                        min: [
                            number,
                            number,
                            number
                        ];
                    };
                    centreMm: [
                        number,
                        number,
                        number
                    ];
                    minMm: number;
                    thinnestAtMm: [
                        number,
                        number,
                        number
                    ];
                }[];
            } | {
                /**
                 * @description The reason as a stable code, for programs: no-triangles, open, no-volume, too-detailed (params.seconds), no-area, no-wall-behind (params.percent).
                 * @enum {string}
                 */
                code?: "no-triangles" | "open" | "no-volume" | "too-detailed" | "no-area" | "no-wall-behind";
                /** @constant */
                measured: false;
                /** @description The reason's figures: `seconds` for too-detailed, `percent` for no-wall-behind. */
                params?: {
                    percent?: number;
                    seconds?: number;
                };
                /** @description Why the wall could not be measured, in plain words: English, or Russian when `Accept-Language` asks for it. */
                reason: string;
            };
            /** Format: int64 */
            triangleCount: number;
            /** Format: int64 */
            vertexCount: number;
            volumeMm3: number;
            watertight: boolean;
            /** Format: int64 */
            weldedVertices?: number;
            weldToleranceMm?: number;
        };
        ModelQuotes: {
            /** Format: uuid */
            modelId: string;
            printable: boolean;
            problems: string[];
            quotes: components["schemas"]["Quote"][];
            warnings: string[];
        };
        Order: {
            /**
             * Format: int64
             * @description Where the last change of the order sits in the change feed (`GET /orders?updated_since=…`); webhooks of that change carry the same number. Higher is later; several orders changed together share one.
             * @example 48211
             */
            changeNumber: number;
            /** Format: date-time */
            createdAt: string;
            /** @example EUR */
            currency: string;
            /** @description Your own reference, as you sent it. */
            externalRef: string | null;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["OrderItem"][];
            leadTimeDays: number | null;
            mode: components["schemas"]["Mode"];
            /**
             * Format: int64
             * @example 1042
             */
            number: number;
            promisedAt: string | null;
            status: components["schemas"]["OrderStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** @description Why the order was rejected, cancelled or put on hold: what the workshop's system says is English, or Russian when `Accept-Language` asks for it; what a person wrote is as they wrote it. */
            statusReason: string | null;
            timeline: components["schemas"]["OrderEvent"][];
            /** @description Known from PRICE_CALCULATED on. */
            totalCents: number | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        OrderEvent: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            by: "partner" | "workshop" | "system";
            fromStatus: components["schemas"]["OrderStatus"] | null;
            /** @description Why: what the workshop's system says is English, or Russian when `Accept-Language` asks for it; what a person wrote is as they wrote it. */
            reason: string | null;
            toStatus: components["schemas"]["OrderStatus"] | null;
            /** @example status_changed */
            type: string;
            /** Format: int64 */
            version: number;
        };
        OrderItem: {
            alloyCode: string;
            engraving: string | null;
            /** @enum {string} */
            finish: "polished" | "matte" | "satin";
            /** Format: uuid */
            modelId: string;
            /** Format: int64 */
            position: number;
            /** Format: int64 */
            quantity: number;
            ringSize: number | null;
            scale: number;
            unitPriceCents: number | null;
        };
        OrderPage: {
            items: components["schemas"]["OrderSummary"][];
            /** @description Pass as `cursor` for the next page. Newest first: null on the last page. In the change feed (`updated_since` or a cursor from it) never null: keep the last one and poll with it for the changes committed since. */
            nextCursor: string | null;
        };
        /**
         * @description INITIATED → FILE_UPLOADED → SUBMITTED → PRICE_CALCULATED → MANUFACTURING_APPROVED → MANUFACTURING_STARTED → MANUFACTURING_COMPLETED → PACKAGING → SHIPPED → CLOSED; side exits REJECTED, CANCELLED and ON_HOLD (and back).
         * @enum {string}
         */
        OrderStatus: "INITIATED" | "FILE_UPLOADED" | "SUBMITTED" | "PRICE_CALCULATED" | "MANUFACTURING_APPROVED" | "MANUFACTURING_STARTED" | "MANUFACTURING_COMPLETED" | "PACKAGING" | "SHIPPED" | "CLOSED" | "REJECTED" | "CANCELLED" | "ON_HOLD";
        OrderSummary: {
            /**
             * Format: int64
             * @description Where the last change of the order sits in the change feed (`GET /orders?updated_since=…`); webhooks of that change carry the same number. Higher is later; several orders changed together share one.
             * @example 48211
             */
            changeNumber: number;
            /** Format: date-time */
            createdAt: string;
            /** @example EUR */
            currency: string;
            /** @description Your own reference, as you sent it. */
            externalRef: string | null;
            /** Format: uuid */
            id: string;
            leadTimeDays: number | null;
            mode: components["schemas"]["Mode"];
            /**
             * Format: int64
             * @example 1042
             */
            number: number;
            promisedAt: string | null;
            status: components["schemas"]["OrderStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** @description Why the order was rejected, cancelled or put on hold: what the workshop's system says is English, or Russian when `Accept-Language` asks for it; what a person wrote is as they wrote it. */
            statusReason: string | null;
            /** @description Known from PRICE_CALCULATED on. */
            totalCents: number | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        Ping: {
            /** @constant */
            status: "ok";
        };
        Problem: {
            detail: string;
            detailEn?: string;
            errors?: {
                /** @example items.0.alloyCode */
                field: string;
                message: string;
            }[];
            requestId: string;
            /** Format: int64 */
            status: number;
            title: string;
            /** @example https://facet.example/problems/validation-failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
        Quote: {
            alloyCode: string;
            /** @description Whether the piece can be cast in this quote's alloy, judged by the alloy's design rules today, with each finding and where it is. CASTABLE_WITH_RISK: order it with `acceptCastabilityRisk: true`; NOT_CASTABLE: it cannot be ordered in this alloy. `summary` and each finding's `message` are English, or Russian when `Accept-Language` asks for it. */
            castability: components["schemas"]["Castability"];
            /** @enum {string} */
            currency: "EUR" | "RUB";
            /** Format: int64 */
            leadTimeDays: number;
            lines: {
                /** Format: int64 */
                amountCents: number;
                /** @enum {string} */
                code: "metal" | "casting" | "detail" | "finish" | "engraving" | "resize" | "stone";
                label: string;
            }[];
            metalGrams: number;
            /** Format: int64 */
            quantity: number;
            /** Format: int64 */
            totalCents: number;
            /** Format: int64 */
            unitCents: number;
        };
        QuoteRequest: {
            /**
             * @description Leave out for a quote in every active alloy.
             * @example AG925
             */
            alloyCode?: string;
            engraving?: string | null;
            /**
             * @default polished
             * @enum {string}
             */
            finish: "polished" | "matte" | "satin";
            /** Format: uuid */
            modelId: string;
            /**
             * Format: int32
             * @default 1
             */
            quantity: number;
            ringSize?: number | null;
            /** @default 1 */
            scale: number;
        };
        UpdateWebhookEndpoint: {
            description?: string | null;
            enabled?: boolean;
            /**
             * Format: uri
             * @example https://erp.atelier-lumen.example/facet/webhooks
             */
            url?: string;
        };
        WebhookAttempt: {
            /** Format: date-time */
            at: string;
            /** Format: int64 */
            attempt: number;
            /** Format: int64 */
            durationMs: number;
            error: string | null;
            statusCode: number | null;
        };
        WebhookDelivery: {
            attemptLog: components["schemas"]["WebhookAttempt"][];
            /** Format: int64 */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            /** Format: uuid */
            endpointId: string;
            eventId: string;
            /** @enum {string} */
            eventType: "order.created" | "order.status_changed" | "order.updated" | "ping";
            /** Format: uuid */
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            orderId: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
        };
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
        };
        WebhookEndpoint: {
            /** Format: int64 */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            mode: components["schemas"]["Mode"];
            /** @example https://erp.atelier-lumen.example/facet/webhooks */
            url: string;
        };
        WebhookEndpointList: {
            items: components["schemas"]["WebhookEndpoint"][];
        };
        WebhookEndpointWithSecret: {
            /** Format: int64 */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            mode: components["schemas"]["Mode"];
            /** @example whsec_N2Q5Zp4u0bX0m0x9yTqU8vF3kZr1cW6aH7sJ2dL5eQ4 */
            secret: string;
            /** @example https://erp.atelier-lumen.example/facet/webhooks */
            url: string;
        };
        WebhookEvent: {
            /** @example 2026-12-01 */
            apiVersion: string;
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["WebhookOrderData"] | components["schemas"]["WebhookPingData"];
            /** @example 01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11:v3 */
            id: string;
            mode: components["schemas"]["Mode"];
            /** @enum {string} */
            type: "order.created" | "order.status_changed" | "order.updated" | "ping";
        };
        WebhookOrderData: {
            order: {
                /** Format: date-time */
                changedAt: string;
                /** Format: int64 */
                changeNumber: number;
                currency: string;
                externalRef: string | null;
                /** Format: uuid */
                id: string;
                /** Format: int64 */
                number: number;
                previousStatus: components["schemas"]["OrderStatus"] | null;
                status: components["schemas"]["OrderStatus"];
                statusReason: string | null;
                totalCents: number | null;
                /** Format: int64 */
                version: number;
            };
        };
        WebhookPingData: {
            /** Format: uuid */
            endpointId: string;
            message: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description The API version this answer is written in.
         * @example 2026-12-01
         */
        FacetVersion: string;
        /**
         * @description `true` when this is the stored response of an earlier request with the same key.
         * @example true
         */
        IdempotentReplayed: string;
        /**
         * @description What is left of the budget: r = requests remaining, t = seconds until it refills.
         * @example "standard";r=117;t=42
         */
        RateLimit: string;
        /**
         * @description The budget: q = requests per window of w seconds.
         * @example "standard";q=120;w=60
         */
        RateLimitPolicy: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 42
         */
        RetryAfter: string;
        /**
         * @description Requests per window.
         * @example 120
         */
        XRateLimitLimit: string;
        /**
         * @description Requests left in this window.
         * @example 117
         */
        XRateLimitRemaining: string;
        /**
         * @description Seconds until the window refills.
         * @example 42
         */
        XRateLimitReset: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMaterials: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alloys that can be ordered today. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Materials"];
                };
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadModel: {
        parameters: {
            query?: {
                /** @description The file name, for a raw body. */
                filename?: string;
            };
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path?: never;
            cookie?: never;
        };
        /** @description The model file, at most 104857600 bytes. */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description Stored; analysis follows (or is already there for a known file). */
            201: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    /** @description The model’s URL. */
                    Location?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description `validation-failed`: See `errors` for each field that is wrong. `invalid-input`: A value is well-formed but not acceptable, e.g. an unknown alloy. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload-too-large`: The upload exceeds the size limit. */
            413: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported-media-type`: Send the Content-Type the operation documents. */
            415: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request is understood but cannot be carried out, e.g. an unreadable model file. */
            422: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Your reference of an order. */
                external_ref?: string;
                limit?: number;
                /** @description Only orders in these statuses (repeat the parameter or separate with commas). */
                status?: components["schemas"]["OrderStatus"][];
                /** @description Starts the change feed: orders changed at or after this instant, in the order their changes committed (`changeNumber`). Then follow `nextCursor` (without `updated_since`) and keep the last one to poll with: the feed never skips a change nor shows one twice, even when changes commit out of time order. */
                updated_since?: string;
            };
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of orders. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            /** @description `validation-failed`: See `errors` for each field that is wrong. `invalid-input`: A value is well-formed but not acceptable, e.g. an unknown alloy. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
                /** @description A unique key per operation you perform (a UUID); send the same key when retrying it. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "externalRef": "PO-2026-0417",
                 *       "items": [
                 *         {
                 *           "modelId": "01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11",
                 *           "alloyCode": "AU750Y",
                 *           "finish": "polished",
                 *           "quantity": 1,
                 *           "ringSize": 54,
                 *           "engraving": "C & M"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description The order, as placed. */
            201: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `malformed-json`: The body is not valid JSON. `validation-failed`: See `errors` for each field that is wrong. `invalid-input`: A value is well-formed but not acceptable, e.g. an unknown alloy. `idempotency-key-missing`: This operation needs an `Idempotency-Key` header. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-request-in-flight`: The first request with this key is still running; retry shortly. `duplicate-external-ref`: You already have an order with this externalRef. */
            409: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported-media-type`: Send the Content-Type the operation documents. */
            415: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: The key was used for another request; use a new key. `unprocessable`: The request is understood but cannot be carried out, e.g. an unreadable model file. */
            422: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
                /** @description A unique key per operation you perform (a UUID); send the same key when retrying it. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "The end customer changed their mind."
                 *     }
                 */
                "application/json": components["schemas"]["CancelOrderRequest"];
            };
        };
        responses: {
            /** @description The cancelled order. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `malformed-json`: The body is not valid JSON. `validation-failed`: See `errors` for each field that is wrong. `idempotency-key-missing`: This operation needs an `Idempotency-Key` header. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-request-in-flight`: The first request with this key is still running; retry shortly. `invalid-transition`: The order’s status does not allow this, e.g. cancelling after production started. `conflict`: The resource changed meanwhile or the request collides with another. */
            409: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported-media-type`: Send the Content-Type the operation documents. */
            415: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: The key was used for another request; use a new key. */
            422: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "modelId": "01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11",
                 *       "alloyCode": "AU750Y",
                 *       "finish": "polished",
                 *       "quantity": 2,
                 *       "ringSize": 54
                 *     }
                 */
                "application/json": components["schemas"]["QuoteRequest"];
            };
        };
        responses: {
            /** @description Quotes with their breakdown and lead time. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelQuotes"];
                };
            };
            /** @description `malformed-json`: The body is not valid JSON. `validation-failed`: See `errors` for each field that is wrong. `invalid-input`: A value is well-formed but not acceptable, e.g. an unknown alloy. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `model-not-ready`: Poll GET /models/{id} until status is ANALYSED. */
            409: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported-media-type`: Send the Content-Type the operation documents. */
            415: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request is understood but cannot be carried out, e.g. an unreadable model file. */
            422: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only requests at or after this time. */
                from?: string;
                limit?: number;
                /** @description A route template, as the entries show it. */
                route?: string;
                /** @description An exact status (`429`) or a class (`4xx`). */
                status?: string;
                /** @description Only requests at or before this time. */
                to?: string;
            };
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiRequestPage"];
                };
            };
            /** @description `validation-failed`: See `errors` for each field that is wrong. `invalid-input`: A value is well-formed but not acceptable, e.g. an unknown alloy. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    advanceTestOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order, one step further. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `test-key-required`: A sandbox operation: call it with a test key (`fct_test_…`); live orders move as the workshop makes them. `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-transition`: The order’s status does not allow this, e.g. cancelling after production started. `conflict`: The resource changed meanwhile or the request collides with another. */
            409: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your endpoints, with why one was disabled. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
                /** @description A unique key per operation you perform (a UUID); send the same key when retrying it. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://erp.atelier-lumen.example/facet/webhooks",
                 *       "description": "ERP production"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The endpoint with its secret. */
            201: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description `malformed-json`: The body is not valid JSON. `validation-failed`: See `errors` for each field that is wrong. `idempotency-key-missing`: This operation needs an `Idempotency-Key` header. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-request-in-flight`: The first request with this key is still running; retry shortly. `conflict`: The resource changed meanwhile or the request collides with another. */
            409: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported-media-type`: Send the Content-Type the operation documents. */
            415: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: The key was used for another request; use a new key. `unprocessable`: The request is understood but cannot be carried out, e.g. an unreadable model file. */
            422: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The endpoint as it is now. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `malformed-json`: The body is not valid JSON. `validation-failed`: See `errors` for each field that is wrong. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported-media-type`: Send the Content-Type the operation documents. */
            415: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request is understood but cannot be carried out, e.g. an unreadable model file. */
            422: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The `createdAt` of the last delivery you saw. */
                before?: string;
                limit?: number;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description `validation-failed`: See `errors` for each field that is wrong. `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The API version to answer in; without it, your key's pinned version. */
                "Facet-Version"?: "2026-12-01";
            };
            path: {
                /** @description The id, as returned when it was created. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping delivery, queued. */
            202: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description `unknown-api-version`: `Facet-Version` names no version of this API; `knownVersions` lists them. */
            400: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing-api-key`: Send `Authorization: Bearer <key>`. `invalid-api-key`: The key is malformed or unknown. `revoked-api-key`: Ask the workshop for a new key. */
            401: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `insufficient-scope`: The key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No such resource among yours (another partner’s ids are not found either). */
            404: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `webhook-endpoint-disabled`: Re-enable the endpoint first. */
            409: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate-limited`: Wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: Our fault; retry later and quote the requestId. */
            500: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service-unavailable`: A dependency is down; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Facet-Version": components["headers"]["FacetVersion"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveWebhookEvent: {
        parameters: {
            query?: never;
            header: {
                "Facet-Attempt": string;
                "Facet-Delivery-Id": string;
                "Facet-Event-Id": string;
                "Facet-Event-Type": string;
                "Facet-Signature": string;
                /** @description The API version of the payload (also `apiVersion` in it). */
                "Facet-Version": string;
                /** @description Standard Webhooks: the event id (`id`). */
                "webhook-id": string;
                /** @description Standard Webhooks: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the base64-decoded part of your secret after `whsec_`. */
                "webhook-signature": string;
                /** @description Standard Webhooks: Unix seconds of this send. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

/** The API version (`Facet-Version`) these types describe. */
export const API_VERSION = "2026-12-01";
