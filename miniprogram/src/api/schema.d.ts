/**
 * Generated from the suite's /mall/v1/openapi.json by scripts/gen-api.mjs
 * (openapi-typescript). Do not edit: run `npm run gen:api` against a running
 * server with every suite addon. scripts/test fails when this file differs
 * from the test server's document.
 */

export interface paths {
    "/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Addresses
         * @description The member's delivery addresses: the default one first, then the most recent.
         */
        get: operations["list_addresses_addresses_get"];
        put?: never;
        /**
         * Create Address
         * @description Add a delivery address (at most 20). The first one, or one sent with
         *     `default: true`, becomes the default address.
         */
        post: operations["create_address_addresses_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/addresses/{address_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Address
         * @description One of the member's delivery addresses; 404 for any other id.
         */
        get: operations["get_address_addresses__address_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Address
         * @description Delete a delivery address (orders keep it). When it was the default, the
         *     most recent remaining address becomes the default.
         */
        delete: operations["delete_address_addresses__address_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Address
         * @description Change any of the fields of a delivery address of the member.
         */
        patch: operations["update_address_addresses__address_id__patch"];
        trace?: never;
    };
    "/after-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List After Sales
         * @description The member's after-sales requests, newest first.
         */
        get: operations["list_after_sales_after_sales_get"];
        put?: never;
        /**
         * Create After Sale
         * @description Ask for a refund (`refund_only`) or a return and refund (`return_refund`)
         *     of some lines of a paid order, up to what is still refundable per line
         *     (`refundable_quantity` of the lines of `GET /orders/{id}`). At most
         *     `mall_after_sale.request_rate_limit` requests (default 10) per member per
         *     `mall_after_sale.request_rate_window` seconds (3600): 429 above.
         */
        post: operations["create_after_sale_after_sales_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/after-sales/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get After Sale
         * @description One of the member's requests: state, amounts, rejection reason, return
         *     address once approved, timeline.
         */
        get: operations["get_after_sale_after_sales__request_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/after-sales/{request_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel After Sale
         * @description Withdraw a request not reviewed yet.
         */
        post: operations["cancel_after_sale_after_sales__request_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/after-sales/{request_id}/return-shipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return Shipment
         * @description The carrier and tracking number of the goods sent back (approved returns).
         */
        post: operations["return_shipment_after_sales__request_id__return_shipment_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Log in with a `wx.login()` code; the member is created on its first login.
         */
        post: operations["login_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Log out: the token of this request and every other token of the member
         *     stop working at once (401 `unauthorized`); log in again for a new one.
         */
        post: operations["logout_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Cart
         * @description The member's cart (prices as they were when the lines were added; the
         *     order is priced again when it is placed).
         */
        get: operations["get_cart_cart_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Cart Line
         * @description Add a variant to the cart (adds to its quantity when already there).
         */
        post: operations["add_cart_line_cart_lines_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart/lines/{line_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Cart Line
         * @description Remove a line from the cart.
         */
        delete: operations["delete_cart_line_cart_lines__line_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Cart Line
         * @description Change the quantity of a cart line.
         */
        patch: operations["update_cart_line_cart_lines__line_id__patch"];
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Categories
         * @description The categories holding published products, with how many each holds.
         */
        get: operations["list_categories_categories_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Coupons
         * @description The coupon center: the coupons claimable now, with what is left and
         *     whether the member can still claim each (`reason` when not).
         */
        get: operations["list_coupons_coupons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupons/{coupon_id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim Coupon
         * @description Claim one coupon of the center: 409 `coupon_sold_out`,
         *     `coupon_limit_reached` or `coupon_new_member_only`; 404 for a coupon not
         *     in the center.
         */
        post: operations["claim_coupon_coupons__coupon_id__claim_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Me
         * @description The logged-in member.
         */
        get: operations["get_me_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Me
         * @description Change the nickname or the avatar of the logged-in member.
         */
        patch: operations["update_me_me_patch"];
        trace?: never;
    };
    "/me/coins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Coins
         * @description The member's activity coins (活动币): what can be spent now, the next
         *     coins to expire and when, and the ledger (newest first, one page).
         */
        get: operations["my_coins_me_coins_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Coupons
         * @description The member's coupons, newest first.
         */
        get: operations["my_coupons_me_coupons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/coupons/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem Coupon
         * @description Redeem a coupon code handed out by the shop: the coupon becomes the
         *     member's (again the same coupon when the member redeemed it before).
         *     404 `coupon_code_not_found`; 409 `coupon_code_used` (another member's),
         *     `coupon_expired`, `coupon_limit_reached`, `coupon_new_member_only`; 429
         *     when too many codes are tried (counted with the codes of checkout).
         */
        post: operations["redeem_coupon_me_coupons_redeem_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Identity
         * @description The member's real-name state, with the name and number masked.
         */
        get: operations["my_identity_me_identity_get"];
        put?: never;
        /**
         * Verify Identity
         * @description Verify the member's real name (实名认证): the number's check character
         *     and birth date are checked here, then name and number by the
         *     verification service. 422 `invalid_name`, `invalid_id_number`,
         *     `invalid_id_checksum`, `invalid_birth_date`, `identity_mismatch`; 409
         *     `already_verified`, `identity_in_use` (another account verified this
         *     number); 429 `rate_limited` (attempts per member); 503
         *     `identity_unavailable` (try again later), `identity_not_configured`.
         *     Nothing is stored unless verified.
         */
        post: operations["verify_identity_me_identity_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind Phone
         * @description Bind the member's mobile number with the code of the phone-number button
         *     (`getPhoneNumber`); the answer shows it masked.
         */
        post: operations["bind_phone_me_phone_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Points
         * @description The member's points: the balance, the points earned and not credited
         *     yet, those expiring at the end of this year, and the ledger (newest
         *     first, one page).
         */
        get: operations["my_points_me_points_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Reviews
         * @description The member's reviews (not their follow-ups, nested), newest first.
         */
        get: operations["my_reviews_me_reviews_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/reviews/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lines To Review
         * @description The lines of the member's received orders not reviewed yet (待评价),
         *     newest first.
         */
        get: operations["lines_to_review_me_reviews_pending_get"];
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
         * List Orders
         * @description The member's orders, newest first, optionally of one status.
         */
        get: operations["list_orders_orders_get"];
        put?: never;
        /**
         * Create Order
         * @description Place an order from the cart, or from `lines` ("buy now").
         */
        post: operations["create_order_orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Order
         * @description One of the member's orders.
         */
        get: operations["get_order_orders__order_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Order
         * @description Cancel an unpaid order: its WeChat Pay payment is closed and its stock released.
         */
        post: operations["cancel_order_orders__order_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay Order
         * @description The parameters of `wx.requestPayment` for an unpaid order (WeChat Pay
         *     JSAPI). Calling it again returns parameters for the same payment.
         */
        post: operations["pay_order_orders__order_id__pay_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive Order
         * @description Confirm that a shipped order arrived.
         */
        post: operations["receive_order_orders__order_id__receive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Order Tracking
         * @description The logistics timeline of each shipment of one of the member's orders.
         *
         *     Every call counts against the member's hourly limit, cached answers too.
         */
        get: operations["order_tracking_orders__order_id__tracking_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote Order
         * @description The amounts `POST /orders` with this body would have now (goods, discounts,
         *     shipping to the address, total), priced by Odoo the same way; nothing is
         *     placed, written or held, and the same errors apply (e.g. 409
         *     `shipping_unavailable`, `out_of_stock`, `invalid_coupon`).
         */
        post: operations["quote_order_orders_quote_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points-mall/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Points Mall Order
         * @description Exchange a points-mall product for its coins AND points (no cash, no
         *     WeChat Pay): the order, the coins and the points in one transaction, or
         *     nothing. 403 `real_name_required` (verify first: `POST /me/identity`);
         *     404 `not_found` (address), `product_not_found`; 409 `insufficient_coins`,
         *     `insufficient_points`, `out_of_stock`, `request_in_progress`. The order
         *     is paid at once (`state` `paid`) and shipped like any order.
         */
        post: operations["create_points_mall_order_points_mall_orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points-mall/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Points Mall Order
         * @description Cancel an exchange not shipped yet: its coins (those not expired by
         *     their original 48 hours) and points come back. 404 `not_found` (not the
         *     member's points-mall order); 409 `already_shipped`, `invalid_state`.
         */
        post: operations["cancel_points_mall_order_points_mall_orders__order_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points-mall/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Points Mall Products
         * @description The points mall: products exchanged for activity coins + points
         *     (both, per unit), never for cash. Public.
         */
        get: operations["list_points_mall_products_points_mall_products_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points-mall/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Points Mall Product
         * @description One product of the points mall with its variants; 404 `not_found` for
         *     anything else (a normal product too).
         */
        get: operations["get_points_mall_product_points_mall_products__product_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Products
         * @description Published products, by category and/or name, sorted and paged. With a
         *     member's token (optional; an invalid or expired one is ignored), the
         *     member's prices too (`member_price`, `member_level`).
         */
        get: operations["list_products_products_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product
         * @description A published product with its variants; 404 when unknown or unpublished.
         *     With a member's token (optional), the member's prices too.
         */
        get: operations["get_product_products__product_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{product_id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Product Reviews
         * @description The published reviews of a published product, newest first, with the
         *     summary (count, average stars, good rate, with photos); 404 when the
         *     product is unknown or unpublished. No login needed.
         */
        get: operations["product_reviews_products__product_id__reviews_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Review
         * @description Review a line of a received order (`review_status` `to_review` on the
         *     order's lines): 404 `not_found` for a line not of the member's orders;
         *     409 `order_not_received`, `already_reviewed`; 422 `invalid_image`,
         *     `image_too_large`. `state` is `pending` when the text waits for
         *     moderation. At most `mall_review.post_rate_limit` posts (default 20) per
         *     member per `mall_review.post_rate_window` seconds (3600): 429 above.
         */
        post: operations["create_review_reviews_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{review_id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Follow Up
         * @description The follow-up (追评) of one of the member's reviews, text and/or photos;
         *     answers the review with its `follow_up`. 404 `not_found` for a review not
         *     of the member; 409 `follow_up_exists`, `review_hidden`; 422
         *     `empty_follow_up`, `invalid_image`, `image_too_large`.
         */
        post: operations["create_follow_up_reviews__review_id__follow_up_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service Contact
         * @description The customer-service entry (WeCom link and/or QR code); the request is
         *     recorded with the order it is about. `available` is false while the
         *     operators have configured neither.
         */
        get: operations["service_contact_service_contact_get"];
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
        /** Address */
        Address: {
            /** City */
            city?: string | null;
            /** Detail */
            detail?: string | null;
            /** District */
            district?: string | null;
            /** Id */
            id: number;
            /** Is Default */
            is_default: boolean;
            /**
             * Name
             * @description The recipient's name.
             */
            name: string;
            /**
             * Phone
             * @description The recipient's mobile number, in full.
             */
            phone?: string | null;
            /**
             * Province
             * @description The province's full name.
             */
            province?: string | null;
        };
        /** AddressCreate */
        AddressCreate: {
            /**
             * City
             * @description The city (市).
             */
            city: string;
            /**
             * Default
             * @description Make it the default address (a member's first address always is).
             * @default false
             */
            default: boolean;
            /**
             * Detail
             * @description Street, building and door number.
             */
            detail: string;
            /**
             * District
             * @description The district or county (区/县).
             */
            district?: string | null;
            /**
             * Name
             * @description The recipient's name.
             */
            name: string;
            /**
             * Phone
             * @description The recipient's mainland mobile number, 11 digits (`^1[3-9]\d{9}$`).
             */
            phone: string;
            /**
             * Province
             * @description A province of China: its full name (广东省, 上海市, 广西壮族自治区) or its short name (广东, 上海, 广西).
             */
            province: string;
        };
        /** AddressList */
        AddressList: {
            /**
             * Items
             * @description The default address first, then the most recent.
             */
            items: components["schemas"]["Address"][];
        };
        /**
         * AddressUpdate
         * @description Any subset of the fields; only `district` may be set to null (cleared).
         */
        AddressUpdate: {
            /** City */
            city?: string | null;
            /**
             * Default
             * @description true: make it the default address. false on the default address: the most recent other address becomes the default (a member with addresses always has one).
             */
            default?: boolean | null;
            /** Detail */
            detail?: string | null;
            /** District */
            district?: string | null;
            /** Name */
            name?: string | null;
            /** Phone */
            phone?: string | null;
            /** Province */
            province?: string | null;
        };
        /** AfterSale */
        AfterSale: {
            /**
             * Amount
             * @description What is refunded to the original payment.
             */
            amount: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /** Description */
            description?: string | null;
            /** Id */
            id: number;
            /** Image Count */
            image_count: number;
            /** Lines */
            lines: components["schemas"]["AfterSaleLine"][];
            /** Name */
            name: string;
            /** Order Id */
            order_id: number;
            /** Order Name */
            order_name: string;
            /**
             * Reason Code
             * @enum {string}
             */
            reason_code: "quality" | "damaged" | "wrong_item" | "missing_item" | "not_as_described" | "not_received" | "no_longer_needed" | "other";
            /** Refunded Amount */
            refunded_amount: number;
            /** Rejection Reason */
            rejection_reason?: string | null;
            /** @description Where to send the goods (returns, once approved). */
            return_address?: components["schemas"]["OrderAddress"] | null;
            return_shipment?: components["schemas"]["ReturnShipment"] | null;
            /**
             * State
             * @enum {string}
             */
            state: "requested" | "approved" | "rejected" | "awaiting_return" | "return_shipped" | "received" | "refunding" | "refunded" | "refund_failed" | "cancelled";
            /**
             * Timeline
             * @description Oldest first
             */
            timeline: components["schemas"]["AfterSaleEvent"][];
            /**
             * Type
             * @enum {string}
             */
            type: "refund_only" | "return_refund";
        };
        /** AfterSaleCreate */
        AfterSaleCreate: {
            /** Description */
            description?: string | null;
            /**
             * Images
             * @description Up to 9 photos, JPEG or PNG, each under 5 MB, base64 (a `data:` URL prefix is accepted). The whole body may have at most 63965536 bytes (413 `payload_too_large` above).
             */
            images?: string[];
            /** Lines */
            lines: components["schemas"]["AfterSaleLineIn"][];
            /** Order Id */
            order_id: number;
            /**
             * Reason Code
             * @enum {string}
             */
            reason_code: "quality" | "damaged" | "wrong_item" | "missing_item" | "not_as_described" | "not_received" | "no_longer_needed" | "other";
            /**
             * Type
             * @enum {string}
             */
            type: "refund_only" | "return_refund";
        };
        /** AfterSaleEvent */
        AfterSaleEvent: {
            /** Note */
            note?: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "requested" | "approved" | "rejected" | "awaiting_return" | "return_shipped" | "received" | "refunding" | "refunded" | "refund_failed" | "cancelled";
            /**
             * Time
             * Format: date-time
             */
            time: string;
        };
        /** AfterSaleLine */
        AfterSaleLine: {
            /** Amount */
            amount: number;
            /** Name */
            name: string;
            /** Order Line Id */
            order_line_id: number;
            /** Product Id */
            product_id: number;
            /** Qty */
            qty: number;
        };
        /** AfterSaleLineIn */
        AfterSaleLineIn: {
            /**
             * Order Line Id
             * @description A line of `GET /orders/{id}`.
             */
            order_line_id: number;
            /** Qty */
            qty: number;
        };
        /** AfterSaleList */
        AfterSaleList: {
            /** Items */
            items: components["schemas"]["AfterSale"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Total */
            total: number;
        };
        /** AttributeValue */
        AttributeValue: {
            /** Attribute */
            attribute: string;
            /** Value */
            value: string;
        };
        /** Cart */
        Cart: {
            /**
             * Amount Total
             * @description Sum of the lines, tax included.
             */
            amount_total: number;
            /** Currency */
            currency: string;
            /** Lines */
            lines: components["schemas"]["CartLine"][];
        };
        /** CartLine */
        CartLine: {
            /**
             * Available
             * @description Still on sale, with enough stock.
             */
            available: boolean;
            /** Id */
            id: number;
            /** Image Url */
            image_url: string;
            /** Name */
            name: string;
            /** Price Unit */
            price_unit: number;
            /**
             * Product Id
             * @description The variant.
             */
            product_id: number;
            /**
             * Product Tmpl Id
             * @description The product (`GET /products/{id}`).
             */
            product_tmpl_id: number;
            /** Qty */
            qty: number;
            /**
             * Subtotal
             * @description Tax included.
             */
            subtotal: number;
            /** Variant */
            variant: string;
        };
        /** CartLineAdd */
        CartLineAdd: {
            /**
             * Product Id
             * @description A variant id (`variants[].id`).
             */
            product_id: number;
            /**
             * Qty
             * @description Units, 1 to 99.
             */
            qty: number;
        };
        /** CartLineUpdate */
        CartLineUpdate: {
            /**
             * Qty
             * @description Units, 1 to 99.
             */
            qty: number;
        };
        /** Category */
        Category: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id?: number | null;
            /** Product Count */
            product_count: number;
        };
        /** CategoryList */
        CategoryList: {
            /** Items */
            items: components["schemas"]["Category"][];
        };
        /** CategoryRef */
        CategoryRef: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** CenterCoupon */
        CenterCoupon: {
            /**
             * Amount
             * @description The amount off (not `percent`).
             */
            amount?: number | null;
            /** Can Claim */
            can_claim: boolean;
            /**
             * Claimed
             * @description How many of this coupon the member holds.
             */
            claimed: number;
            /** Currency */
            currency: string;
            /** Id */
            id: number;
            /**
             * Kind
             * @description `threshold` 满减, `percent` 折扣, `no_threshold` 无门槛, `new_member` 新人券.
             * @enum {string}
             */
            kind: "threshold" | "percent" | "no_threshold" | "new_member";
            /**
             * Max Discount
             * @description `percent`: the cap.
             */
            max_discount?: number | null;
            /**
             * Min Amount
             * @description The minimum spend (0: none).
             */
            min_amount: number;
            /** Name */
            name: string;
            /**
             * Percent
             * @description `percent`: 15 is 15% off.
             */
            percent?: number | null;
            /**
             * Reason
             * @description Why the member cannot claim it.
             */
            reason?: ("sold_out" | "limit_reached" | "not_new_member") | null;
            /**
             * Remaining
             * @description Coupons left (none: no limit).
             */
            remaining?: number | null;
            /**
             * Rule
             * @description What the shopper reads, e.g. 满100减10 or 满50 8.5折，最多减20.
             */
            rule: string;
            /**
             * Scope
             * @enum {string}
             */
            scope: "order" | "products" | "category";
            /** Stackable */
            stackable: boolean;
            /** Valid From */
            valid_from?: string | null;
            /**
             * Valid To
             * @description Fixed dates: the last day to claim and to use it.
             */
            valid_to?: string | null;
            /**
             * Validity Days
             * @description Valid this many days after claiming (else fixed dates).
             */
            validity_days?: number | null;
        };
        /** CenterCouponList */
        CenterCouponList: {
            /** Items */
            items: components["schemas"]["CenterCoupon"][];
        };
        /** CoinExpiry */
        CoinExpiry: {
            /**
             * Coins
             * @description Coins that expire at `expires_at`.
             */
            coins: number;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
        };
        /** CoinLine */
        CoinLine: {
            /**
             * Balance After
             * @description The ledger balance after this line.
             */
            balance_after: number;
            /**
             * Coins
             * @description Signed: negative when coins were taken away.
             */
            coins: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Description
             * @description What the member reads, in Chinese.
             */
            description: string;
            /**
             * Expired
             * @description Earned coins: their expiry has passed.
             * @default false
             */
            expired: boolean;
            /**
             * Expires At
             * @description Earned coins: they expire at this time (48 hours after).
             */
            expires_at?: string | null;
            /** Id */
            id: number;
            /**
             * Kind
             * @description `earn` 获得, `spend` 使用, `expire` 过期, `give_back` 取消退还, `reverse` 退款扣回, `adjust` 人工调整.
             * @enum {string}
             */
            kind: "earn" | "spend" | "expire" | "give_back" | "reverse" | "adjust";
            /** Order Id */
            order_id?: number | null;
            /** Order Name */
            order_name?: string | null;
            /**
             * Remaining
             * @description Earned coins: how many of them are still there.
             * @default 0
             */
            remaining: number;
            /**
             * Source
             * @description `order` 购买赠送, `lottery` 中签赠送, `points_mall` 积分商城, `refund` 退款扣回, `adjust` 人工调整, `expiry` 过期.
             * @enum {string}
             */
            source: "order" | "lottery" | "points_mall" | "refund" | "adjust" | "expiry" | "other";
        };
        /** CouponRedeemRequest */
        CouponRedeemRequest: {
            /**
             * Code
             * @description A coupon code handed out by the shop (a code batch).
             */
            code: string;
        };
        /** ErrorDetail */
        ErrorDetail: {
            /**
             * Code
             * @description Stable English code, e.g. `invalid_code`.
             */
            code: string;
            /**
             * Message
             * @description A message for the shopper, in Chinese.
             */
            message: string;
        };
        /** ErrorResponse */
        ErrorResponse: {
            error: components["schemas"]["ErrorDetail"];
        };
        /** FollowUpCreate */
        FollowUpCreate: {
            /**
             * Images
             * @description Up to 9 photos, JPEG or PNG, each under 5 MB, base64 (a `data:` URL prefix is accepted). The whole body may have at most 63965536 bytes (413 `payload_too_large` above).
             */
            images?: string[];
            /**
             * Text
             * @description Text, photos, or both (追评).
             */
            text?: string | null;
        };
        /** IdentityRequest */
        IdentityRequest: {
            /**
             * Id Number
             * @description The 18-character resident ID number (公民身份号码). Never sent back.
             */
            id_number: string;
            /**
             * Name
             * @description The name on the ID card.
             */
            name: string;
        };
        /** LoginRequest */
        LoginRequest: {
            /**
             * Code
             * @description The `wx.login()` code.
             */
            code: string;
            /**
             * Scene
             * @description The scene the mini-program was opened with (QR code, share): `key=value` pairs joined by `&` (u: sharer's share code, p: product, f: flash sale, o: group-buy offer, g: group, s: store, c: clerk, m: campaign). Kept on the member's first login, where it sets the registration channel; every login hands it to the features (referrals, promoter binding).
             */
            scene?: string | null;
        };
        /** LoginResponse */
        LoginResponse: {
            /**
             * Expires In
             * @description Seconds until the token expires.
             */
            expires_in: number;
            member: components["schemas"]["Member"];
            /** Token */
            token: string;
        };
        /** Member */
        Member: {
            /** Avatar Url */
            avatar_url?: string | null;
            /**
             * Growth To Next
             * @description The growth value missing to reach `next_level`.
             */
            growth_to_next?: number | null;
            /**
             * Growth Value
             * @description The member's growth value (grows with what the member pays).
             */
            growth_value?: number | null;
            /** Id */
            id: number;
            /** @description The member's level. */
            level?: components["schemas"]["MemberLevelRef"] | null;
            /** Member Since */
            member_since?: string | null;
            /** @description The next level up (null at the highest level). */
            next_level?: components["schemas"]["NextMemberLevel"] | null;
            /** Nickname */
            nickname: string;
            /**
             * Phone
             * @description The mobile number bound with `POST /me/phone`, masked: `138****5678`.
             */
            phone?: string | null;
            /** Register Channel */
            register_channel?: string | null;
            /**
             * Share Code
             * @description The member's share code: put it in the scene of what the member shares (`u=<code>`), so that who brought whom is known.
             */
            share_code?: string | null;
        };
        /** MemberCoins */
        MemberCoins: {
            /**
             * Balance
             * @description Coins the member can spend now (none past its expiry).
             */
            balance: number;
            /**
             * Items
             * @description The ledger, newest first.
             */
            items: components["schemas"]["CoinLine"][];
            /**
             * Lifetime Hours
             * @description Hours a coin lives after it is earned.
             */
            lifetime_hours: number;
            /** @description The next coins to expire (none without coins). */
            next_expiry?: components["schemas"]["CoinExpiry"] | null;
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /**
             * Server Time
             * Format: date-time
             * @description The server's time, for a countdown.
             */
            server_time: string;
            /** Total */
            total: number;
        };
        /** MemberCoupon */
        MemberCoupon: {
            /**
             * Amount
             * @description The amount off (not `percent`).
             */
            amount?: number | null;
            /**
             * Code
             * @description Send it in `coupon_codes` of `POST /orders`.
             */
            code: string;
            /** Coupon Id */
            coupon_id: number;
            /** Currency */
            currency: string;
            /**
             * Expires On
             * @description The last day it can be used.
             */
            expires_on?: string | null;
            /**
             * Kind
             * @description `threshold` 满减, `percent` 折扣, `no_threshold` 无门槛, `new_member` 新人券.
             * @enum {string}
             */
            kind: "threshold" | "percent" | "no_threshold" | "new_member";
            /**
             * Max Discount
             * @description `percent`: the cap.
             */
            max_discount?: number | null;
            /**
             * Min Amount
             * @description The minimum spend (0: none).
             */
            min_amount: number;
            /** Name */
            name: string;
            /**
             * Percent
             * @description `percent`: 15 is 15% off.
             */
            percent?: number | null;
            /**
             * Rule
             * @description What the shopper reads, e.g. 满100减10 or 满50 8.5折，最多减20.
             */
            rule: string;
            /**
             * Scope
             * @enum {string}
             */
            scope: "order" | "products" | "category";
            /** Stackable */
            stackable: boolean;
            /**
             * State
             * @enum {string}
             */
            state: "usable" | "used" | "expired";
        };
        /** MemberCouponList */
        MemberCouponList: {
            /** Items */
            items: components["schemas"]["MemberCoupon"][];
        };
        /** MemberIdentity */
        MemberIdentity: {
            /**
             * Id Number
             * @description Masked: `3301**********1234` (the full number never leaves the server).
             */
            id_number?: string | null;
            /**
             * Name
             * @description Masked: `*三`.
             */
            name?: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "unverified" | "verified";
            /** Verified At */
            verified_at?: string | null;
        };
        /** MemberLevelRef */
        MemberLevelRef: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** MemberPhoneRequest */
        MemberPhoneRequest: {
            /**
             * Code
             * @description The code of the mini-program's phone-number button (`getPhoneNumber`).
             */
            code: string;
        };
        /** MemberPoints */
        MemberPoints: {
            /**
             * Balance
             * @description Points the member can spend now.
             */
            balance: number;
            /** Currency */
            currency: string;
            /**
             * Expiring
             * @description Points of the balance that expire at the end of this year.
             * @default 0
             */
            expiring: number;
            /** Expiring On */
            expiring_on?: string | null;
            /**
             * Items
             * @description The ledger, newest first.
             */
            items: components["schemas"]["PointsLine"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /**
             * Pending
             * @description Earned, not credited yet.
             */
            pending: number;
            /**
             * Point Value
             * @description What one point takes off an order.
             */
            point_value: number;
            /** Total */
            total: number;
        };
        /** MemberUpdate */
        MemberUpdate: {
            /**
             * Avatar Url
             * @description http(s) URL.
             */
            avatar_url?: string | null;
            /** Nickname */
            nickname?: string | null;
        };
        /**
         * MyReview
         * @description One of the member's reviews, in any state.
         */
        MyReview: {
            /** Anonymous */
            anonymous: boolean;
            /**
             * Can Follow Up
             * @description `POST /reviews/{id}/follow-up` is possible.
             */
            can_follow_up: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            follow_up?: components["schemas"]["MyReviewFollowUp"] | null;
            /** Hide Reason */
            hide_reason?: string | null;
            /** Id */
            id: number;
            /** Image Count */
            image_count: number;
            /**
             * Image Url
             * @description The variant's image.
             */
            image_url: string;
            /**
             * Images
             * @description Only while the review is published (pending or hidden: `image_count`).
             */
            images: components["schemas"]["ReviewImage"][];
            /** Order Id */
            order_id: number;
            /** Order Line Id */
            order_line_id: number;
            /** Order Name */
            order_name: string;
            /**
             * Product Id
             * @description The product (`GET /products/{id}`).
             */
            product_id: number;
            /** Product Name */
            product_name: string;
            /** Rating */
            rating: number;
            reply?: components["schemas"]["ReviewReply"] | null;
            /**
             * Rewarded
             * @description The reward for photos was given.
             */
            rewarded: boolean;
            /**
             * State
             * @description `pending`: waits for moderation, not shown to others yet; `published`; `hidden` by the merchant (`hide_reason`).
             * @enum {string}
             */
            state: "pending" | "published" | "hidden";
            /** Text */
            text?: string | null;
            /** Variant */
            variant?: string | null;
        };
        /** MyReviewFollowUp */
        MyReviewFollowUp: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Hide Reason */
            hide_reason?: string | null;
            /** Id */
            id: number;
            /**
             * Images
             * @description Only while the follow-up is published.
             */
            images: components["schemas"]["ReviewImage"][];
            reply?: components["schemas"]["ReviewReply"] | null;
            /**
             * State
             * @enum {string}
             */
            state: "pending" | "published" | "hidden";
            /** Text */
            text?: string | null;
        };
        /** MyReviewList */
        MyReviewList: {
            /** Items */
            items: components["schemas"]["MyReview"][];
            paging: components["schemas"]["Paging"];
        };
        /** NextMemberLevel */
        NextMemberLevel: {
            /**
             * Growth Min
             * @description The growth value the level needs.
             */
            growth_min: number;
            /** Name */
            name: string;
        };
        /** Order */
        Order: {
            address?: components["schemas"]["OrderAddress"] | null;
            /**
             * Amount Discount
             * @description Coupons, promotions and points (≤ 0).
             */
            amount_discount: number;
            /**
             * Amount Goods
             * @description The goods, tax included.
             */
            amount_goods: number;
            /**
             * Amount Points
             * @description The part of `amount_discount` paid with points (≤ 0).
             * @default 0
             */
            amount_points: number;
            /** Amount Shipping */
            amount_shipping: number;
            /**
             * Amount Total
             * @description What WeChat Pay charges.
             */
            amount_total: number;
            /**
             * Coins Used
             * @description Activity coins that paid the order.
             * @default 0
             */
            coins_used: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /**
             * Expires At
             * @description Pay before this (UTC) or the order is cancelled.
             */
            expires_at?: string | null;
            /** Id */
            id: number;
            /** Lines */
            lines: components["schemas"]["OrderLine"][];
            /** Name */
            name: string;
            /** Note */
            note?: string | null;
            /**
             * Points Mall
             * @description Exchanged in the points mall (`mall_points_mall`): paid with `coins_used` activity coins and `points_used` points, no cash.
             * @default false
             */
            points_mall: boolean;
            /**
             * Points Used
             * @description Points that pay part of the order.
             * @default 0
             */
            points_used: number;
            /** Received At */
            received_at?: string | null;
            /** Shipments */
            shipments?: components["schemas"]["OrderShipment"][];
            /**
             * State
             * @enum {string}
             */
            state: "pending_payment" | "paid" | "shipped" | "done" | "cancelled" | "after_sale";
        };
        /** OrderAddress */
        OrderAddress: {
            /** City */
            city?: string | null;
            /** Detail */
            detail?: string | null;
            /** District */
            district?: string | null;
            /** Name */
            name: string;
            /** Phone */
            phone?: string | null;
            /** Province */
            province?: string | null;
        };
        /** OrderCreate */
        OrderCreate: {
            /** Address Id */
            address_id: number;
            /**
             * Coupon Codes
             * @description Coupon or promotion codes (sale_loyalty).
             */
            coupon_codes?: string[];
            /**
             * Lines
             * @description What to buy ("buy now"); default: every line of the cart.
             */
            lines?: components["schemas"]["OrderLineRequest"][] | null;
            /**
             * Note
             * @description 买家留言.
             */
            note?: string | null;
            /**
             * Use Points
             * @description Pay with the member's points as much as the order may (`points.usable` of the quote); WeChat Pay charges the rest. Default: false.
             */
            use_points?: boolean;
        };
        /** OrderLine */
        OrderLine: {
            /**
             * Id
             * @description The order line (`order_line_id` of `POST /after-sales`).
             */
            id: number;
            /** Image Url */
            image_url: string;
            /** Name */
            name: string;
            /** Price Unit */
            price_unit: number;
            /** Product Id */
            product_id: number;
            /** Product Tmpl Id */
            product_tmpl_id: number;
            /** Qty */
            qty: number;
            /**
             * Refundable Quantity
             * @description Units an after-sales request may still ask for: paid units not in another request that is neither rejected nor cancelled (0 while the order is unpaid, or when the mall has no after-sales).
             */
            refundable_quantity: number;
            /**
             * Review Id
             * @description The line's review, once reviewed.
             */
            review_id?: number | null;
            /**
             * Review Status
             * @description What the shopper may do about reviewing this line: `to_review` (评价, once the order is received), `can_follow_up` (追评 of `review_id`), `reviewed` (reviewed and followed up); none otherwise (order not received, or the mall has no reviews).
             */
            review_status?: ("to_review" | "can_follow_up" | "reviewed") | null;
            /**
             * Subtotal
             * @description Tax included, after line discounts.
             */
            subtotal: number;
            /** Variant */
            variant: string;
        };
        /** OrderLineRequest */
        OrderLineRequest: {
            /**
             * Product Id
             * @description A variant id.
             */
            product_id: number;
            /**
             * Qty
             * @description Units, 1 to 99.
             */
            qty: number;
        };
        /** OrderList */
        OrderList: {
            /** Items */
            items: components["schemas"]["Order"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Total */
            total: number;
        };
        /**
         * OrderQuote
         * @description The amounts an order of the same body would have now; nothing is placed.
         */
        OrderQuote: {
            /**
             * Amount Discount
             * @description Coupons, promotions and points (≤ 0).
             */
            amount_discount: number;
            /**
             * Amount Goods
             * @description The goods, tax included.
             */
            amount_goods: number;
            /**
             * Amount Shipping
             * @description The shipping fee to the address.
             */
            amount_shipping: number;
            /** Amount Total */
            amount_total: number;
            /**
             * Coupons
             * @description The member's coupons usable for this order, most discount first (empty when the mall has no coupons).
             */
            coupons?: components["schemas"]["QuoteCoupon"][];
            /** Currency */
            currency: string;
            /** @description The member's points for this order (none when the member has no points, or the mall no points). */
            points?: components["schemas"]["QuotePoints"] | null;
            /**
             * Shipping Method
             * @description The shipping method that applies (none: no shipping fee).
             */
            shipping_method?: string | null;
        };
        /** OrderShipment */
        OrderShipment: {
            /** Carrier */
            carrier?: string | null;
            /** Shipped At */
            shipped_at?: string | null;
            /** Tracking Ref */
            tracking_ref?: string | null;
        };
        /** Paging */
        Paging: {
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Pages */
            pages: number;
            /** Total */
            total: number;
        };
        /**
         * PaymentParams
         * @description What `wx.requestPayment` takes.
         */
        PaymentParams: {
            /** Noncestr */
            nonceStr: string;
            /** Package */
            package: string;
            /** Paysign */
            paySign: string;
            /** Signtype */
            signType: string;
            /** Timestamp */
            timeStamp: string;
        };
        /** PointsLine */
        PointsLine: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Description
             * @description What the member reads, in Chinese.
             */
            description: string;
            /**
             * Expires On
             * @description Earned points left unspent expire at the end of this day.
             */
            expires_on?: string | null;
            /** Id */
            id: number;
            /**
             * Kind
             * @description `earn` 下单获得, `spend` 抵扣, `refund` 退还 (cancel, refund), `reverse` 退款扣回, `expire` 到期, `adjust` 人工调整, `reward` 奖励.
             * @enum {string}
             */
            kind: "earn" | "spend" | "refund" | "reverse" | "expire" | "adjust" | "reward";
            /** Order Id */
            order_id?: number | null;
            /** Order Name */
            order_name?: string | null;
            /**
             * Pending
             * @description Earned on a paid order, credited when it is received or after the credit delay (not in `balance` yet).
             */
            pending: boolean;
            /**
             * Points
             * @description Signed: negative when taken from the balance.
             */
            points: number;
            /**
             * Posted At
             * @description When it moved the balance (none while pending).
             */
            posted_at?: string | null;
        };
        /** PointsMallOrderCreate */
        PointsMallOrderCreate: {
            /** Address Id */
            address_id: number;
            /**
             * Product Id
             * @description A variant of a points-mall product.
             */
            product_id: number;
            /**
             * Qty
             * @default 1
             */
            qty: number;
        };
        /** PointsMallProduct */
        PointsMallProduct: {
            /**
             * Coins
             * @description Activity coins per unit.
             */
            coins: number;
            /**
             * Id
             * @description The product (template): `GET /points-mall/products/{id}`.
             */
            id: number;
            /** Image Url */
            image_url: string;
            /** Name */
            name: string;
            /**
             * Points
             * @description Points per unit.
             */
            points: number;
            /**
             * Product Id
             * @description The first variant: what to exchange when it is the only one.
             */
            product_id: number;
            /**
             * Stock State
             * @description The best state of its variants.
             * @enum {string}
             */
            stock_state: "in_stock" | "low" | "out_of_stock";
            /** Variant Count */
            variant_count: number;
        };
        /** PointsMallProductDetail */
        PointsMallProductDetail: {
            /** Coins */
            coins: number;
            /** Description */
            description?: string | null;
            /** Id */
            id: number;
            /** Images */
            images: string[];
            /** Name */
            name: string;
            /** Points */
            points: number;
            /** Variants */
            variants: components["schemas"]["PointsMallVariant"][];
        };
        /** PointsMallProductList */
        PointsMallProductList: {
            /** Items */
            items: components["schemas"]["PointsMallProduct"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Total */
            total: number;
        };
        /** PointsMallVariant */
        PointsMallVariant: {
            /**
             * Id
             * @description The `product_id` of `POST /points-mall/orders`.
             */
            id: number;
            /** Image Url */
            image_url: string;
            /** Name */
            name: string;
            /**
             * Stock State
             * @enum {string}
             */
            stock_state: "in_stock" | "low" | "out_of_stock";
        };
        /** ProductAttribute */
        ProductAttribute: {
            /** Name */
            name: string;
            /** Values */
            values: string[];
        };
        /** ProductDetail */
        ProductDetail: {
            /**
             * Attributes
             * @description Attributes that do not make variants (产地, 品种, 等级).
             */
            attributes: components["schemas"]["ProductAttribute"][];
            category?: components["schemas"]["CategoryRef"] | null;
            /** Currency */
            currency: string;
            /** Description */
            description?: string | null;
            /** Id */
            id: number;
            /** Images */
            images: string[];
            /**
             * Member Level
             * @description With a member's token: the name of the member's level.
             */
            member_level?: string | null;
            /**
             * Member Price
             * @description With a member's token: the lowest member price of the variants, when it differs from `price_from`.
             */
            member_price?: number | null;
            /** Name */
            name: string;
            /** Nutrition */
            nutrition?: string | null;
            /** Price From */
            price_from: number;
            /** @description The reviews' summary and the newest two (none when the mall has no reviews); all of them: `GET /products/{id}/reviews`. */
            reviews?: components["schemas"]["ProductDetailReviews"] | null;
            /** Storage */
            storage?: string | null;
            /** Variants */
            variants: components["schemas"]["Variant"][];
        };
        /** ProductDetailReviews */
        ProductDetailReviews: {
            /**
             * Count
             * @description Published reviews.
             */
            count: number;
            /**
             * Good Rate
             * @description Percentage of 4 and 5 star reviews (好评率), 0 to 100.
             */
            good_rate?: number | null;
            /**
             * Items
             * @description The newest two published reviews.
             */
            items: components["schemas"]["ProductReview"][];
            /**
             * Rating
             * @description Average stars, one decimal (none without reviews).
             */
            rating?: number | null;
            /**
             * With Photos
             * @description Published reviews with photos (有图).
             */
            with_photos: number;
        };
        /** ProductItem */
        ProductItem: {
            category?: components["schemas"]["CategoryRef"] | null;
            /** Currency */
            currency: string;
            /** Id */
            id: number;
            /** Image Url */
            image_url: string;
            /**
             * Member Price
             * @description With a member's token: the lowest price of its variants for the member (member prices of the member's level), when it differs from `price_from`.
             */
            member_price?: number | null;
            /** Name */
            name: string;
            /** Price From */
            price_from: number;
        };
        /** ProductList */
        ProductList: {
            /** Items */
            items: components["schemas"]["ProductItem"][];
            /**
             * Member Level
             * @description With a member's token: the name of the member's level.
             */
            member_level?: string | null;
            paging: components["schemas"]["Paging"];
        };
        /**
         * ProductReview
         * @description A published review as every shopper sees it (filled by the reviews addon).
         */
        ProductReview: {
            /** Anonymous */
            anonymous: boolean;
            /**
             * Avatar Url
             * @description None for an anonymous review.
             */
            avatar_url?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            follow_up?: components["schemas"]["ProductReviewFollowUp"] | null;
            /** Id */
            id: number;
            /** Images */
            images: components["schemas"]["ReviewImage"][];
            /**
             * Nickname
             * @description Masked: the first character of the reviewer's nickname and `**` (张**), or 匿名用户 for an anonymous review.
             */
            nickname: string;
            /** Rating */
            rating: number;
            reply?: components["schemas"]["ReviewReply"] | null;
            /** Text */
            text?: string | null;
            /**
             * Variant
             * @description The variant bought, e.g. 5kg.
             */
            variant?: string | null;
        };
        /**
         * ProductReviewFollowUp
         * @description The reviewer's follow-up (追评), shown under the review.
         */
        ProductReviewFollowUp: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Images */
            images: components["schemas"]["ReviewImage"][];
            reply?: components["schemas"]["ReviewReply"] | null;
            /** Text */
            text?: string | null;
        };
        /** ProductReviewList */
        ProductReviewList: {
            /**
             * Items
             * @description Published reviews, newest first.
             */
            items: components["schemas"]["ProductReview"][];
            paging: components["schemas"]["Paging"];
            summary: components["schemas"]["ProductReviewSummary"];
        };
        /** ProductReviewSummary */
        ProductReviewSummary: {
            /**
             * Count
             * @description Published reviews.
             */
            count: number;
            /**
             * Good Rate
             * @description Percentage of 4 and 5 star reviews (好评率), 0 to 100.
             */
            good_rate?: number | null;
            /**
             * Rating
             * @description Average stars, one decimal (none without reviews).
             */
            rating?: number | null;
            /**
             * With Photos
             * @description Published reviews with photos (有图).
             */
            with_photos: number;
        };
        /**
         * QuoteCoupon
         * @description A coupon of the member usable for this order (filled by the coupon addon).
         */
        QuoteCoupon: {
            /**
             * Code
             * @description Send it in `coupon_codes` to use the coupon.
             */
            code: string;
            /** Coupon Id */
            coupon_id: number;
            /**
             * Discount
             * @description What the coupon alone takes off this order (> 0).
             */
            discount: number;
            /** Expires On */
            expires_on?: string | null;
            /** Name */
            name: string;
            /**
             * Preselected
             * @description The coupon(s) sent in `coupon_codes`, else the one that takes off most.
             */
            preselected: boolean;
            /**
             * Rule
             * @description e.g. 满100减10.
             */
            rule: string;
            /**
             * Stackable
             * @description May be used with another coupon of the shop.
             */
            stackable: boolean;
        };
        /**
         * QuotePoints
         * @description The member's points for this order (filled by the members addon).
         */
        QuotePoints: {
            /**
             * Balance
             * @description The member's points.
             */
            balance: number;
            /**
             * Max Percent
             * @description Points pay at most this % of the goods.
             */
            max_percent: number;
            /**
             * Point Value
             * @description What one point takes off.
             */
            point_value: number;
            /**
             * Usable
             * @description The most points this order may use (the cap per order, and at least 0.01 left to pay).
             */
            usable: number;
            /**
             * Usable Value
             * @description What `usable` points take off.
             */
            usable_value: number;
            /**
             * Used
             * @description Points the amounts use (`use_points`), else 0.
             */
            used: number;
            /**
             * Used Value
             * @description What `used` points take off (≥ 0).
             */
            used_value: number;
        };
        /** ReturnShipment */
        ReturnShipment: {
            /** Carrier */
            carrier: string;
            /** Shipped At */
            shipped_at?: string | null;
            /** Tracking Number */
            tracking_number: string;
        };
        /** ReturnShipmentIn */
        ReturnShipmentIn: {
            /**
             * Carrier
             * @description e.g. 顺丰速运
             */
            carrier: string;
            /** Tracking Number */
            tracking_number: string;
        };
        /** ReviewableLine */
        ReviewableLine: {
            /** Image Url */
            image_url: string;
            /** Order Id */
            order_id: number;
            /**
             * Order Line Id
             * @description Send it as `order_line_id` of `POST /reviews`.
             */
            order_line_id: number;
            /** Order Name */
            order_name: string;
            /** Product Id */
            product_id: number;
            /** Product Name */
            product_name: string;
            /** Received At */
            received_at?: string | null;
            /** Variant */
            variant?: string | null;
        };
        /** ReviewableLineList */
        ReviewableLineList: {
            /** Items */
            items: components["schemas"]["ReviewableLine"][];
            paging: components["schemas"]["Paging"];
        };
        /** ReviewCreate */
        ReviewCreate: {
            /**
             * Anonymous
             * @description Shown to others as 匿名用户, without the avatar.
             * @default false
             */
            anonymous: boolean;
            /**
             * Images
             * @description Up to 9 photos, JPEG or PNG, each under 5 MB, base64 (a `data:` URL prefix is accepted). The whole body may have at most 63965536 bytes (413 `payload_too_large` above).
             */
            images?: string[];
            /**
             * Order Line Id
             * @description A line of a received order (`GET /orders/{id}`).
             */
            order_line_id: number;
            /**
             * Rating
             * @description 1 to 5 stars.
             */
            rating: number;
            /** Text */
            text?: string | null;
        };
        /** ReviewImage */
        ReviewImage: {
            /**
             * Thumbnail Url
             * @description The photo within 256×256.
             */
            thumbnail_url: string;
            /**
             * Url
             * @description The photo (JPEG or PNG as sent).
             */
            url: string;
        };
        /** ReviewReply */
        ReviewReply: {
            /**
             * Replied At
             * Format: date-time
             */
            replied_at: string;
            /**
             * Text
             * @description The merchant's reply (商家回复).
             */
            text: string;
        };
        /** ServiceContact */
        ServiceContact: {
            /**
             * Available
             * @description False while no customer-service entry is configured.
             */
            available: boolean;
            /**
             * Message
             * @description What to tell the shopper when not.
             */
            message?: string | null;
            /** Order Id */
            order_id?: number | null;
            /**
             * Qr Image Url
             * @description A QR code to scan instead.
             */
            qr_image_url?: string | null;
            /**
             * Url
             * @description The WeCom customer-service link.
             */
            url?: string | null;
        };
        /** TrackingEvent */
        TrackingEvent: {
            /** Context */
            context: string;
            /** Location */
            location?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Time
             * @description UTC
             */
            time?: string | null;
        };
        /** TrackingList */
        TrackingList: {
            /** Order Id */
            order_id: number;
            /** Shipments */
            shipments: components["schemas"]["TrackingShipment"][];
        };
        /** TrackingShipment */
        TrackingShipment: {
            /** Carrier */
            carrier?: string | null;
            /**
             * Carrier Code
             * @description Kuaidi100 code, e.g. shunfeng
             */
            carrier_code?: string | null;
            /**
             * Events
             * @description Newest first
             */
            events: components["schemas"]["TrackingEvent"][];
            /**
             * State
             * @enum {string}
             */
            state: "in_transit" | "delivered" | "exception" | "unknown";
            /** Tracking Number */
            tracking_number: string;
            /**
             * Updated At
             * @description When the timeline last changed (UTC)
             */
            updated_at?: string | null;
        };
        /** Variant */
        Variant: {
            /** Attributes */
            attributes: components["schemas"]["AttributeValue"][];
            /** Id */
            id: number;
            /** Image Url */
            image_url: string;
            /**
             * Member Price
             * @description With a member's token: the member's price, when it differs from `price`.
             */
            member_price?: number | null;
            /** Name */
            name: string;
            /** Price */
            price: number;
            /**
             * Stock State
             * @enum {string}
             */
            stock_state: "in_stock" | "low" | "out_of_stock";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_addresses_addresses_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    create_address_addresses_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many addresses */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    get_address_addresses__address_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                address_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    delete_address_addresses__address_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                address_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    update_address_addresses__address_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                address_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    list_after_sales_after_sales_get: {
        parameters: {
            query?: {
                order_id?: number | null;
                page?: number;
                page_size?: number;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfterSaleList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    create_after_sale_after_sales_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AfterSaleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfterSale"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 63965536 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    get_after_sale_after_sales__request_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                request_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfterSale"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancel_after_sale_after_sales__request_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                request_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfterSale"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    return_shipment_after_sales__request_id__return_shipment_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                request_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnShipmentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfterSale"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    login_auth_login_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logout_auth_logout_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    get_cart_cart_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    add_cart_line_cart_lines_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CartLineAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    delete_cart_line_cart_lines__line_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                line_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    update_cart_line_cart_lines__line_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                line_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CartLineUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    list_categories_categories_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    list_coupons_coupons_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CenterCouponList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    claim_coupon_coupons__coupon_id__claim_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                coupon_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCoupon"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    get_me_me_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    update_me_me_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    my_coins_me_coins_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCoins"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    my_coupons_me_coupons_get: {
        parameters: {
            query?: {
                /** @description Default: every state. */
                state?: ("usable" | "used" | "expired") | null;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCouponList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    redeem_coupon_me_coupons_redeem_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouponRedeemRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCoupon"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    my_identity_me_identity_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberIdentity"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verify_identity_me_identity_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberIdentity"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    bind_phone_me_phone_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberPhoneRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    my_points_me_points_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPoints"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    my_reviews_me_reviews_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                /** @description Default: every state. */
                state?: ("pending" | "published" | "hidden") | null;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyReviewList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    lines_to_review_me_reviews_pending_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewableLineList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    list_orders_orders_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                state?: ("pending_payment" | "paid" | "shipped" | "done" | "cancelled" | "after_sale") | null;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    create_order_orders_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
                /** @description A key of the client (e.g. a UUID) for this order: the same key returns the same order and places nothing new. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreate"];
            };
        };
        responses: {
            /** @description The order already placed with this key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    get_order_orders__order_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancel_order_orders__order_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    pay_order_orders__order_id__pay_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentParams"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    receive_order_orders__order_id__receive_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    order_tracking_orders__order_id__tracking_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    quote_order_orders_quote_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderQuote"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    create_points_mall_order_points_mall_orders_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
                /** @description A key of the client for this exchange: the same key returns the same order and spends nothing more. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PointsMallOrderCreate"];
            };
        };
        responses: {
            /** @description The order already placed with this key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancel_points_mall_order_points_mall_orders__order_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    list_points_mall_products_points_mall_products_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsMallProductList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    get_points_mall_product_points_mall_products__product_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                product_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsMallProductDetail"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    list_products_products_get: {
        parameters: {
            query?: {
                category_id?: number | null;
                page?: number;
                page_size?: number;
                q?: string | null;
                sort?: "default" | "price_asc" | "price_desc" | "newest";
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    get_product_products__product_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                product_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    product_reviews_products__product_id__reviews_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                /** @description Only reviews with photos (有图). */
                with_photos?: boolean;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                product_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductReviewList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    create_review_reviews_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyReview"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 63965536 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    create_follow_up_reviews__review_id__follow_up_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                review_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyReview"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 63965536 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    service_contact_service_contact_get: {
        parameters: {
            query?: {
                order_id?: number | null;
            };
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceContact"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in, or the token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden (e.g. a disabled member) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state (e.g. out of stock) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WeChat or WeChat Pay is unavailable or not configured, or the server is busy (`busy`: try again after `Retry-After` seconds) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
