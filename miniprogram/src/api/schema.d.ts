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
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Campaigns
         * @description The campaigns running now, newest first; `code` (from a scene's
         *     `m=<code>`) picks one.
         */
        get: operations["list_campaigns_campaigns_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Campaign
         * @description A running campaign with its published products (priced as in the
         *     catalogue; with a member's token, optional, the member's prices too:
         *     `member_price`) and, for a new-member campaign, its gift; 404 `not_found`
         *     when unknown, not published, not started or ended.
         */
        get: operations["get_campaign_campaigns__campaign_id__get"];
        put?: never;
        post?: never;
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
    "/flash-orders/{reservation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Flash Order
         * @description One of the member's flash orders (poll it for `order_id`).
         */
        get: operations["get_flash_order_flash_orders__reservation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flash-orders/{reservation_id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make Flash Order
         * @description The order of a flash order, made now if the job has not made it yet
         *     (the client calls this when the shopper taps pay before `order_id`
         *     came): then pay it with `POST /orders/{order_id}/pay`. 409
         *     `order_expired` when it was not paid in time.
         */
        post: operations["make_flash_order_flash_orders__reservation_id__order_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flash-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Flash Sales
         * @description The flash sales running now and the next ones, with their items, flash
         *     prices, units left and the server's time (for the countdowns).
         */
        get: operations["list_flash_sales_flash_sales_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flash-sales/{sale_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Flash Sale
         * @description One flash sale (scheduled, running or ended); 404 otherwise.
         */
        get: operations["get_flash_sale_flash_sales__sale_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flash-sales/{sale_id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy Flash Sale
         * @description 抢购: take units of the sale at its flash price. Answers at once with the
         *     flash order `pending_payment` (its order follows within a second); pay it
         *     before `expires_at`. 404 `not_found` (sale), `product_not_found` (variant
         *     not in the sale), `address_not_found`; 409 `flash_not_started`,
         *     `flash_ended`, `flash_sold_out`, `flash_limit_reached`; 429
         *     `rate_limited`; 503 `busy`.
         */
        post: operations["buy_flash_sale_flash_sales__sale_id__orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group-buys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Group Buys
         * @description The group-buy offers running now.
         */
        get: operations["list_group_buys_group_buys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group-buys/{offer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Group Buy
         * @description An offer (running or ended) and its groups that may be joined now.
         */
        get: operations["get_group_buy_group_buys__offer_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group-buys/{offer_id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place Group Order
         * @description Open a group (no `group_id`) or join one (`group_id`, from the share
         *     scene) with an order at the group price; pay it with
         *     `POST /orders/{id}/pay`. The seat is the member's while the order waits
         *     for payment. 404 `not_found` (offer, group, address), `product_not_found`
         *     (not a product of the offer); 409 `offer_not_active`, `group_closed`,
         *     `group_full`, `already_joined`, `member_limit_reached`, `sold_out`, and
         *     the order's own (`out_of_stock`, `shipping_unavailable`…); 429
         *     `too_many_unpaid_orders`, `rate_limited`.
         */
        post: operations["place_group_order_group_buys__offer_id__orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group-buys/{offer_id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote Group Order
         * @description The amounts `POST /group-buys/{offer_id}/orders` with this body would
         *     have now (goods at the group price, shipping to the address, total);
         *     nothing is placed, taken or held, and the same errors apply.
         */
        post: operations["quote_group_order_group_buys__offer_id__quote_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Group
         * @description A group: its paid members (masked nicknames, avatars), the seats left,
         *     the deadline, its state and the scene to invite friends with.
         */
        get: operations["get_group_groups__group_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lotteries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Lotteries
         * @description The lotteries (抢签) of the shop, running ones first, each with the
         *     window open now or the next one, and the server's time to count down from.
         */
        get: operations["list_lotteries_lotteries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lotteries/{lottery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Lottery
         * @description One lottery: every window with its published draw (`seed_hash` before it
         *     opens; seed, frozen list and winners once drawn) and the member's
         *     registrations.
         */
        get: operations["get_lottery_lotteries__lottery_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lotteries/{lottery_id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register
         * @description Register for the window open now (the server's time). 409 `not_open`
         *     outside a window, 409 `already_registered` (this member, or this verified
         *     real name through another account), 403 `real_name_required`.
         */
        post: operations["register_lotteries__lottery_id__registrations_post"];
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
    "/me/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Groups
         * @description The member's groups (opened or joined), newest first.
         */
        get: operations["my_groups_me_groups_get"];
        put?: never;
        post?: never;
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
    "/me/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Invites
         * @description The members the member invited (masked nicknames), each one's state
         *     and the member's reward for it; the rule (what each side gets when the
         *     invitee's first order is received); who invited the member.
         */
        get: operations["my_invites_me_invites_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/lottery-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Registrations
         * @description The member's registrations, newest first, with their results and
         *     qualifications.
         */
        get: operations["my_registrations_me_lottery_registrations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/lottery-registrations/{registration_id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order Won
         * @description A winner orders the won unit at the lottery price within the
         *     qualification's validity; then pays it with `POST /orders/{id}/pay` (the
         *     order expires with the qualification). 409 `not_won`, `already_ordered`,
         *     `qualification_used`, `qualification_expired`, and the order core's
         *     errors (`out_of_stock`, `shipping_unavailable`, `too_many_unpaid_orders`…).
         */
        post: operations["order_won_me_lottery_registrations__registration_id__order_post"];
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
    "/me/promoter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Promoter
         * @description 分销中心: the member's promoter state and code, its balances (pending,
         *     withdrawable, withdrawn) and team counts.
         */
        get: operations["my_promoter_me_promoter_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/promoter/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply Promoter
         * @description Apply to be a promoter (approved by the shop, or at once when every
         *     member is one). 409 `already_promoter`, `application_pending`; 422
         *     `real_name_required`.
         */
        post: operations["apply_promoter_me_promoter_apply_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/promoter/commissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Commissions
         * @description 佣金明细: the promoter's ledger, newest first. 409 `not_promoter`.
         */
        get: operations["my_commissions_me_promoter_commissions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/promoter/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Withdrawals
         * @description The promoter's withdrawals, newest first. 409 `not_promoter`.
         */
        get: operations["my_withdrawals_me_promoter_withdrawals_get"];
        put?: never;
        /**
         * Request Withdrawal
         * @description 提现: reserve `amount` of the withdrawable balance for the shop's
         *     finance to pay. 409 `not_promoter`, `insufficient_balance`; 422
         *     `real_name_required`, `withdrawal_below_minimum`; 429
         *     `withdrawal_daily_limit`.
         */
        post: operations["request_withdrawal_me_promoter_withdrawals_post"];
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
    "/me/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Shares
         * @description The member's shares, newest first, with their counts and the totals.
         */
        get: operations["my_shares_me_shares_get"];
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
    "/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Share
         * @description The member's share of a product, of a running campaign
         *     (`campaign_id`, with the campaigns addon), or else an invitation to the
         *     shop: its scene and the page to share, and for
         *     `channel=poster` the poster's URL. Sharing the same thing the same way
         *     again answers the same share (with its counts). 404 `not_found` for a
         *     product not in the mall or a campaign not running; 422 `invalid_target`
         *     (both a product and a campaign), `campaigns_unavailable` (a campaign
         *     without the campaigns addon); 503 `wechat_unavailable` / `not_configured`
         *     when the poster's mini-program code cannot be had.
         */
        post: operations["create_share_shares_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open Share
         * @description The mini-program was opened with a share's scene: counted once per
         *     opener (the member of the token, optional; else `client_id`), never for
         *     the sharer. 422 `invalid_scene` (no sharer in the scene),
         *     `client_id_required` (no token and no `client_id`); 404
         *     `share_not_found`.
         */
        post: operations["open_share_shares_open_post"];
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
        /** Campaign */
        Campaign: {
            /** Banner Url */
            banner_url?: string | null;
            /**
             * Code
             * @description The campaign's code in scenes (`m=<code>`).
             */
            code: string;
            /**
             * Date From
             * Format: date-time
             */
            date_from: string;
            /** Date To */
            date_to?: string | null;
            /** Description */
            description?: string | null;
            /** Id */
            id: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "new_member" | "discount" | "theme";
            /** Name */
            name: string;
        };
        /** CampaignDetail */
        CampaignDetail: {
            /** Banner Url */
            banner_url?: string | null;
            /**
             * Code
             * @description The campaign's code in scenes (`m=<code>`).
             */
            code: string;
            /**
             * Date From
             * Format: date-time
             */
            date_from: string;
            /** Date To */
            date_to?: string | null;
            /** Description */
            description?: string | null;
            /** @description A new-member campaign's gift coupon. */
            gift?: components["schemas"]["CampaignGift"] | null;
            /** Id */
            id: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "new_member" | "discount" | "theme";
            /** Name */
            name: string;
            /**
             * Products
             * @description Its published products, priced as in the catalogue (`GET /products`).
             */
            products: components["schemas"]["ProductItem"][];
        };
        /** CampaignGift */
        CampaignGift: {
            /** Coupon Id */
            coupon_id: number;
            /** Name */
            name: string;
            /**
             * Rule
             * @description e.g. 无门槛减5
             */
            rule: string;
        };
        /** CampaignList */
        CampaignList: {
            /** Items */
            items: components["schemas"]["Campaign"][];
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
        /** CommissionLine */
        CommissionLine: {
            /**
             * Amount
             * @description Signed: negative when taken.
             */
            amount: number;
            /**
             * Buyer
             * @description The buyer's nickname, masked.
             */
            buyer?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Id */
            id: number;
            /**
             * Kind
             * @description `pending` 佣金（待结算）, `settleable` 结算为可提现, `reversed` 退款冲减, `clawback` 结算后退款扣回, `withdrawal` 提现申请, `withdrawn` 提现到账, `returned` 提现退回.
             * @enum {string}
             */
            kind: "pending" | "settleable" | "reversed" | "clawback" | "withdrawal" | "withdrawn" | "returned";
            /**
             * Level
             * @description 1 or 2 for commission lines.
             */
            level?: number | null;
            /** Order Name */
            order_name?: string | null;
        };
        /** CommissionList */
        CommissionList: {
            /** Items */
            items: components["schemas"]["CommissionLine"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Total */
            total: number;
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
        /** FlashOrder */
        FlashOrder: {
            /** Amount Shipping */
            amount_shipping: number;
            /** Amount Total */
            amount_total: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /**
             * Expires At
             * @description Pay before this (while `pending_payment`).
             */
            expires_at?: string | null;
            /** Id */
            id: number;
            /**
             * Order Id
             * @description The order (`GET /orders/{id}`, `POST /orders/{id}/pay`), made within a second; `POST /flash-orders/{id}/order` makes it at once.
             */
            order_id?: number | null;
            /** Price Unit */
            price_unit: number;
            /** Product Id */
            product_id: number;
            /** Qty */
            qty: number;
            /** Sale Id */
            sale_id: number;
            /**
             * Server Time
             * Format: date-time
             */
            server_time: string;
            /**
             * State
             * @description `pending_payment` until paid (its units are the member's until `expires_at`), `paid`, `released` (not paid in time), `refunded` (paid after its units were released, none left: refunded in full).
             * @enum {string}
             */
            state: "pending_payment" | "paid" | "released" | "refunded";
        };
        /** FlashOrderCreate */
        FlashOrderCreate: {
            /** Address Id */
            address_id: number;
            /**
             * Product Id
             * @description A variant of the sale.
             */
            product_id: number;
            /**
             * Qty
             * @default 1
             */
            qty: number;
        };
        /** FlashSale */
        FlashSale: {
            /** Currency */
            currency: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /** Id */
            id: number;
            /** Items */
            items: components["schemas"]["FlashSaleItem"][];
            /**
             * Member Limit
             * @description Units one member may buy in this sale (null: no limit).
             */
            member_limit?: number | null;
            /** Name */
            name: string;
            /**
             * Payment Minutes
             * @description Minutes to pay a flash order.
             */
            payment_minutes: number;
            /**
             * Server Time
             * Format: date-time
             * @description The server's clock, for the countdown.
             */
            server_time: string;
            /** Shipping Fee */
            shipping_fee: number;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Status
             * @enum {string}
             */
            status: "running" | "upcoming" | "ended";
        };
        /** FlashSaleItem */
        FlashSaleItem: {
            /**
             * Allotment
             * @description Units of this sale.
             */
            allotment: number;
            /** Flash Price */
            flash_price: number;
            /** Image Url */
            image_url: string;
            /**
             * Left
             * @description Units not taken yet.
             */
            left: number;
            /** Name */
            name: string;
            /**
             * Price
             * @description The normal price.
             */
            price: number;
            /**
             * Product Id
             * @description The variant (send it in `POST /flash-sales/{id}/orders`).
             */
            product_id: number;
            /**
             * Product Tmpl Id
             * @description The product (`GET /products/{id}`).
             */
            product_tmpl_id: number;
            /** Sold Out */
            sold_out: boolean;
            /** Variant */
            variant: string;
        };
        /** FlashSaleList */
        FlashSaleList: {
            /**
             * Items
             * @description The sales running now, then the next ones.
             */
            items: components["schemas"]["FlashSale"][];
            /**
             * Server Time
             * Format: date-time
             * @description The server's clock, for the countdowns.
             */
            server_time: string;
        };
        /**
         * FlashSalePrice
         * @description A flash sale running now (filled by the flash-sales addon).
         */
        FlashSalePrice: {
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Id
             * @description The flash sale (`GET /flash-sales/{id}`).
             */
            id: number;
            /**
             * Left
             * @description Units left at the flash price.
             */
            left: number;
            /**
             * Price
             * @description The flash price (the lowest of the product's variants).
             */
            price: number;
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
        /** GroupBuyOrder */
        GroupBuyOrder: {
            /** Group Id */
            group_id: number;
            /** @description Pay it with `POST /orders/{id}/pay`. */
            order: components["schemas"]["Order"];
        };
        /** GroupBuyOrderCreate */
        GroupBuyOrderCreate: {
            /** Address Id */
            address_id: number;
            /**
             * Group Id
             * @description The group to join; none: open a group.
             */
            group_id?: number | null;
            /**
             * Note
             * @description 买家留言.
             */
            note?: string | null;
            /**
             * Product Id
             * @description A variant of the offer.
             */
            product_id: number;
            /**
             * Qty
             * @default 1
             */
            qty: number;
        };
        /** GroupDetail */
        GroupDetail: {
            /** Can Join */
            can_join: boolean;
            /** Deadline */
            deadline?: string | null;
            /** Group Size */
            group_size: number;
            /** Id */
            id: number;
            /**
             * Joined
             * @description The member holds or paid a seat in it.
             */
            joined: boolean;
            /**
             * Members
             * @description Paid members, the leader first.
             */
            members: components["schemas"]["GroupSeat"][];
            /**
             * My Order Id
             * @description The member's order in it.
             */
            my_order_id?: number | null;
            /** My Seat State */
            my_seat_state?: ("held" | "paid" | "released" | "refunding" | "refunded" | "refund_failed") | null;
            offer: components["schemas"]["GroupOffer"];
            /** Paid Count */
            paid_count: number;
            /**
             * Seats Left
             * @description Seats neither paid nor held by a member paying.
             */
            seats_left: number;
            /**
             * Server Time
             * Format: date-time
             */
            server_time: string;
            /**
             * Share Scene
             * @description The mini-program scene of an invitation to this group (the member's share code as sharer): open `pages/group/detail` with it.
             */
            share_scene: string;
            /**
             * State
             * @enum {string}
             */
            state: "open" | "succeeded" | "failed";
        };
        /** GroupOffer */
        GroupOffer: {
            /**
             * Active
             * @description Groups may be opened and joined now.
             */
            active: boolean;
            /** Currency */
            currency: string;
            /** Description */
            description?: string | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Group Size
             * @description Paid members that make a group succeed (2–10).
             */
            group_size: number;
            /** Id */
            id: number;
            /**
             * Member Limit
             * @description Units per member (none: no limit).
             */
            member_limit?: number | null;
            /** Name */
            name: string;
            /**
             * Remaining
             * @description Units left (none: no limit).
             */
            remaining?: number | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Time Limit Hours
             * @description Hours a group has to fill after it opens.
             */
            time_limit_hours: number;
            /** Variants */
            variants: components["schemas"]["GroupOfferVariant"][];
        };
        /** GroupOfferDetail */
        GroupOfferDetail: {
            /**
             * Active
             * @description Groups may be opened and joined now.
             */
            active: boolean;
            /** Currency */
            currency: string;
            /** Description */
            description?: string | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Group Size
             * @description Paid members that make a group succeed (2–10).
             */
            group_size: number;
            /** Id */
            id: number;
            /**
             * Member Limit
             * @description Units per member (none: no limit).
             */
            member_limit?: number | null;
            /** Name */
            name: string;
            /**
             * Open Groups
             * @description Groups of this offer that may be joined, the closest to filling first.
             */
            open_groups: components["schemas"]["GroupSummary"][];
            /**
             * Remaining
             * @description Units left (none: no limit).
             */
            remaining?: number | null;
            /**
             * Server Time
             * Format: date-time
             * @description The server's clock, for the countdowns.
             */
            server_time: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Time Limit Hours
             * @description Hours a group has to fill after it opens.
             */
            time_limit_hours: number;
            /** Variants */
            variants: components["schemas"]["GroupOfferVariant"][];
        };
        /** GroupOfferList */
        GroupOfferList: {
            /** Items */
            items: components["schemas"]["GroupOffer"][];
            /**
             * Server Time
             * Format: date-time
             */
            server_time: string;
        };
        /** GroupOfferVariant */
        GroupOfferVariant: {
            /**
             * Group Price
             * @description The price in a group.
             */
            group_price: number;
            /** Image Url */
            image_url: string;
            /**
             * List Price
             * @description The usual price.
             */
            list_price: number;
            /** Name */
            name: string;
            /**
             * Product Id
             * @description The variant (`product_id` of the order).
             */
            product_id: number;
            /** Product Tmpl Id */
            product_tmpl_id: number;
            /** Variant */
            variant: string;
        };
        /** GroupSeat */
        GroupSeat: {
            /** Avatar Url */
            avatar_url?: string | null;
            /** Is Leader */
            is_leader: boolean;
            /**
             * Nickname
             * @description Masked: 张**.
             */
            nickname: string;
            /** Paid At */
            paid_at?: string | null;
        };
        /** GroupSummary */
        GroupSummary: {
            /** Deadline */
            deadline?: string | null;
            /** Id */
            id: number;
            /** Leader Avatar Url */
            leader_avatar_url?: string | null;
            /**
             * Leader Nickname
             * @description Masked: 张**.
             */
            leader_nickname: string;
            /** Seats Left */
            seats_left: number;
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
        /** InvitedBy */
        InvitedBy: {
            /**
             * Nickname
             * @description The inviter's nickname, masked: `李**`.
             */
            nickname: string;
            /**
             * Reward
             * @description The member's own reward, e.g. `50 积分`.
             */
            reward: string | null;
            /**
             * Reward State
             * @description The member's own reward.
             */
            reward_state: ("none" | "given" | "failed" | "taken_back" | "kept") | null;
            /**
             * State
             * @enum {string}
             */
            state: "registered" | "rewarded" | "taken_back";
        };
        /** InviteItem */
        InviteItem: {
            /** Avatar Url */
            avatar_url?: string | null;
            /**
             * Nickname
             * @description The invitee's nickname, masked: `张**`.
             */
            nickname: string;
            /**
             * Registered At
             * Format: date-time
             */
            registered_at: string;
            /**
             * Reward
             * @description The inviter's reward, e.g. `100 积分`.
             */
            reward: string | null;
            /**
             * Reward State
             * @description The inviter's reward (when rewarded): `given`, `failed` (e.g. no coupon left), `none` (nothing set), `taken_back`, `kept` (a coupon already used when the first order was refunded).
             */
            reward_state: ("none" | "given" | "failed" | "taken_back" | "kept") | null;
            /**
             * State
             * @description `registered`: waiting for the first order to be received; `rewarded`; `taken_back`: the first order was refunded in full, the rewards taken back.
             * @enum {string}
             */
            state: "registered" | "rewarded" | "taken_back";
        };
        /** InviteList */
        InviteList: {
            /**
             * Invited
             * @description Members the member invited.
             */
            invited: number;
            /** @description Who invited the member (when the member was invited). */
            invited_by?: components["schemas"]["InvitedBy"] | null;
            /** Items */
            items: components["schemas"]["InviteItem"][];
            /**
             * Rewarded
             * @description Of which the first order was received (and kept: not refunded in full).
             */
            rewarded: number;
            rule: components["schemas"]["InviteRewardRule"];
        };
        /** InviteRewardRule */
        InviteRewardRule: {
            /**
             * Invitee
             * @description What the invitee gets, e.g. `满50减10`.
             */
            invitee: string | null;
            /**
             * Inviter
             * @description What the inviter gets, e.g. `100 积分`.
             */
            inviter: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "none" | "points" | "coupon";
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
        /** Lottery */
        Lottery: {
            /** Currency */
            currency: string;
            /** Description */
            description?: string | null;
            /** Id */
            id: number;
            /** Image Url */
            image_url: string;
            /**
             * List Price
             * @description The product's normal price.
             */
            list_price: number;
            /**
             * My Registrations
             * @description The member's registrations in this lottery.
             */
            my_registrations?: components["schemas"]["LotteryRegistration"][];
            /** Name */
            name: string;
            /** @description The window open now, else the next one to open. */
            next_window?: components["schemas"]["LotteryWindow"] | null;
            /**
             * Price
             * @description The lottery price.
             */
            price: number;
            /**
             * Product Id
             * @description The variant a winner buys.
             */
            product_id: number;
            /** Product Name */
            product_name: string;
            /** Product Tmpl Id */
            product_tmpl_id: number;
            /**
             * Quantity
             * @description Units on offer in all windows.
             */
            quantity: number;
            /** Real Name Required */
            real_name_required: boolean;
            /**
             * Remaining
             * @description Units the next draws can still allot.
             */
            remaining: number;
            /**
             * Server Time
             * Format: date-time
             * @description Count down from this, not from the phone's clock.
             */
            server_time: string;
            /**
             * State
             * @enum {string}
             */
            state: "scheduled" | "open" | "drawing" | "drawn" | "closed";
            /**
             * Validity Minutes
             * @description A winner buys within this time after the draw.
             */
            validity_minutes: number;
            /**
             * Win Mode
             * @enum {string}
             */
            win_mode: "quantity" | "rate";
            /**
             * Win Rate
             * @description `rate`: percent.
             */
            win_rate?: number | null;
            /**
             * Windows
             * @description Detail only.
             */
            windows?: components["schemas"]["LotteryWindow"][];
        };
        /**
         * LotteryDraw
         * @description The published draw of a window: before it opens only `seed_hash`;
         *     once drawn the seed, the frozen list and the winners (re-computed by
         *     `scripts/lottery_verify.py`).
         */
        LotteryDraw: {
            /**
             * Algorithm
             * @description Each registration id is scored HMAC-SHA256(key=seed, message=str(id)) (hex); ranked by (score, id); the first `winners_count` win.
             * @constant
             */
            algorithm: "hmac-sha256";
            /** Drawn At */
            drawn_at?: string | null;
            /**
             * Pool
             * @description Units on offer when the window was drawn.
             */
            pool?: number | null;
            /**
             * Registrations
             * @description The frozen list: every registration id of the window.
             */
            registrations?: number[] | null;
            /**
             * Seed
             * @description The seed, once drawn.
             */
            seed?: string | null;
            /**
             * Seed Hash
             * @description sha256 of the seed (hex), published before the window opens.
             */
            seed_hash: string;
            /**
             * Win Mode
             * @enum {string}
             */
            win_mode: "quantity" | "rate";
            /**
             * Win Rate
             * @description `rate`: percent of registrations.
             */
            win_rate?: number | null;
            /** Window Id */
            window_id: number;
            /**
             * Winners
             * @description Winning ids, in ranking order.
             */
            winners?: number[] | null;
            /** Winners Count */
            winners_count?: number | null;
        };
        /** LotteryList */
        LotteryList: {
            /** Items */
            items: components["schemas"]["Lottery"][];
            /**
             * Server Time
             * Format: date-time
             */
            server_time: string;
        };
        /** LotteryOrderRequest */
        LotteryOrderRequest: {
            /** Address Id */
            address_id: number;
            /**
             * Note
             * @description 买家留言.
             */
            note?: string | null;
        };
        /** LotteryRegistration */
        LotteryRegistration: {
            /** Currency */
            currency: string;
            /**
             * Draw At
             * Format: date-time
             */
            draw_at: string;
            /** Id */
            id: number;
            /** Lottery Id */
            lottery_id: number;
            /** Lottery Name */
            lottery_name: string;
            /** Order Id */
            order_id?: number | null;
            /**
             * Price
             * @description The lottery price of one unit.
             */
            price: number;
            /**
             * Product Id
             * @description The variant.
             */
            product_id: number;
            /** Product Name */
            product_name: string;
            /**
             * Qualification
             * @description A winner's purchase qualification: `active` (buy before `qualified_until`), `ordered` (an order waits for payment: `order_id`), `used`, `expired`.
             * @enum {string}
             */
            qualification: "none" | "active" | "ordered" | "used" | "expired";
            /** Qualified Until */
            qualified_until?: string | null;
            /**
             * Registered At
             * Format: date-time
             */
            registered_at: string;
            /**
             * Result
             * @description `pending` until the draw, then `won` or `lost`.
             * @enum {string}
             */
            result: "pending" | "won" | "lost";
            /**
             * Window End
             * Format: date-time
             */
            window_end: string;
            /** Window Id */
            window_id: number;
            /**
             * Window Start
             * Format: date-time
             */
            window_start: string;
        };
        /** LotteryRegistrationList */
        LotteryRegistrationList: {
            /** Items */
            items: components["schemas"]["LotteryRegistration"][];
            /**
             * Server Time
             * Format: date-time
             */
            server_time: string;
        };
        /** LotteryWindow */
        LotteryWindow: {
            draw: components["schemas"]["LotteryDraw"];
            /**
             * Draw At
             * Format: date-time
             * @description The draw runs at this time (UTC).
             */
            draw_at: string;
            /**
             * End
             * Format: date-time
             * @description Registration closes (UTC).
             */
            end: string;
            /** Id */
            id: number;
            /**
             * Phase
             * @description `scheduled` (not open yet), `open` (registration possible), `frozen` (closed, waiting for the draw), `drawing`, `drawn`.
             * @enum {string}
             */
            phase: "scheduled" | "open" | "frozen" | "drawing" | "drawn";
            /**
             * Start
             * Format: date-time
             * @description Registration opens (UTC).
             */
            start: string;
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
        /** MyGroup */
        MyGroup: {
            /**
             * Amount
             * @description The order total (paid or to pay).
             */
            amount: number;
            /** Deadline */
            deadline?: string | null;
            /** Group Size */
            group_size: number;
            /** Id */
            id: number;
            /** Image Url */
            image_url?: string | null;
            /** Is Leader */
            is_leader: boolean;
            /** Offer Id */
            offer_id: number;
            /** Offer Name */
            offer_name: string;
            /** Order Id */
            order_id?: number | null;
            /** Paid Count */
            paid_count: number;
            /** Refunded Amount */
            refunded_amount: number;
            /**
             * Seat State
             * @enum {string}
             */
            seat_state: "held" | "paid" | "released" | "refunding" | "refunded" | "refund_failed";
            /** Seats Left */
            seats_left: number;
            /**
             * State
             * @description `draft`: waiting for the leader's payment; `cancelled`: never opened.
             * @enum {string}
             */
            state: "draft" | "open" | "succeeded" | "failed" | "cancelled";
        };
        /** MyGroupList */
        MyGroupList: {
            /** Items */
            items: components["schemas"]["MyGroup"][];
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
            /** @description The flash sale running now, if any (限时秒杀). */
            flash_sale?: components["schemas"]["FlashSalePrice"] | null;
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
            /** @description The flash sale running now, if any (限时秒杀). */
            flash_sale?: components["schemas"]["FlashSalePrice"] | null;
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
        /** Promoter */
        Promoter: {
            /**
             * Code
             * @description The promoter code: the member's share code (scene `u=`).
             */
            code?: string | null;
            /** Currency */
            currency: string;
            /**
             * Daily Withdrawals
             * @description Withdrawals allowed per day (0: no limit).
             */
            daily_withdrawals: number;
            /**
             * Earned
             * @description All commissions earned (before refunds).
             */
            earned: number;
            /** Min Withdrawal */
            min_withdrawal: number;
            /**
             * Pending
             * @description Earned on paid orders, not withdrawable yet.
             */
            pending: number;
            /**
             * Real Name Set
             * @description A real name is on file for withdrawals.
             */
            real_name_set: boolean;
            /** Reject Reason */
            reject_reason?: string | null;
            /**
             * Settleable
             * @description Withdrawable (may be negative after a refund clawed back a commission).
             */
            settleable: number;
            /**
             * State
             * @description `none`: not applied; `applied`: waiting for the shop; `approved`: a promoter (its `code` binds the new members its shares bring).
             * @enum {string}
             */
            state: "none" | "applied" | "approved" | "rejected";
            /**
             * Team Level1
             * @description Members bound to this promoter.
             */
            team_level1: number;
            /**
             * Team Level2
             * @description Members bound to those members.
             */
            team_level2: number;
            /**
             * Withdrawn
             * @description Paid out so far.
             */
            withdrawn: number;
        };
        /** PromoterApply */
        PromoterApply: {
            /**
             * Real Name
             * @description 真实姓名 (withdrawals).
             */
            real_name: string;
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
        /** ShareCounts */
        ShareCounts: {
            /**
             * Opens
             * @description Shoppers who opened it (each once; never the sharer).
             */
            opens: number;
            /**
             * Orders
             * @description Paid orders it brought.
             */
            orders: number;
            /**
             * Registrations
             * @description New members who registered through it.
             */
            registrations: number;
        };
        /** ShareItem */
        ShareItem: {
            /**
             * Campaign Id
             * @description The shared campaign (with the campaigns addon).
             */
            campaign_id?: number | null;
            /** Campaign Name */
            campaign_name?: string | null;
            /**
             * Channel
             * @enum {string}
             */
            channel: "link" | "poster";
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /**
             * Opens
             * @description Shoppers who opened it (each once; never the sharer).
             */
            opens: number;
            /**
             * Orders
             * @description Paid orders it brought.
             */
            orders: number;
            /**
             * Path
             * @description The page to share with the scene, for `onShareAppMessage`'s `path`.
             */
            path: string;
            /**
             * Poster Url
             * @description The poster (PNG, public URL) of a `poster` share.
             */
            poster_url?: string | null;
            /**
             * Product Id
             * @description None: an invitation to the shop.
             */
            product_id: number | null;
            /** Product Name */
            product_name?: string | null;
            /**
             * Registrations
             * @description New members who registered through it.
             */
            registrations: number;
            /**
             * Scene
             * @description The scene (`u=<share code>&p=<product>&h=<share>`): the share link's `scene` query parameter, the poster code's scene.
             */
            scene: string;
        };
        /** ShareList */
        ShareList: {
            /** Items */
            items: components["schemas"]["ShareItem"][];
            /** @description Over all the member's shares; registrations include invitation links. */
            totals: components["schemas"]["ShareCounts"];
        };
        /** ShareOpenRequest */
        ShareOpenRequest: {
            /**
             * Client Id
             * @description The client's own random id (kept in its storage): counts an opener who is not logged in once. Required without a token.
             */
            client_id?: string | null;
            /**
             * Scene
             * @description The scene the mini-program was opened with.
             */
            scene: string;
        };
        /** ShareOpenResult */
        ShareOpenResult: {
            /**
             * Counted
             * @description Whether this open counted (false: this opener opened it before, or is the sharer).
             */
            counted: boolean;
            /**
             * Product Id
             * @description The shared product, to show it.
             */
            product_id: number | null;
        };
        /** ShareRequest */
        ShareRequest: {
            /**
             * Campaign Id
             * @description The running campaign to share (with the campaigns addon; not with `product_id`). 404 `not_found` for a campaign that is not running; 422 `campaigns_unavailable` without the campaigns addon.
             */
            campaign_id?: number | null;
            /**
             * Channel
             * @description `link`: a share card (`onShareAppMessage` with `path`); `poster`: a picture with the mini-program code (`poster_url`).
             * @default link
             * @enum {string}
             */
            channel: "link" | "poster";
            /**
             * Product Id
             * @description The product (template id) to share; none: an invitation to the shop (邀请有礼).
             */
            product_id?: number | null;
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
        /**
         * TransferConfirm
         * @description What `wx.requestMerchantTransfer` needs (with the member's openid).
         */
        TransferConfirm: {
            /** App Id */
            app_id: string;
            /** Mch Id */
            mch_id: string;
            /** Package */
            package: string;
        };
        /** Variant */
        Variant: {
            /** Attributes */
            attributes: components["schemas"]["AttributeValue"][];
            /** @description The flash sale running now, if any (限时秒杀). */
            flash_sale?: components["schemas"]["FlashSalePrice"] | null;
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
        /** Withdrawal */
        Withdrawal: {
            /** Amount */
            amount: number;
            /** @description Set while WeChat Pay waits for the member to confirm the transfer: call `wx.requestMerchantTransfer({mchId, appId, package, openId})` (mp-weixin only). */
            confirm?: components["schemas"]["TransferConfirm"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Fail Reason */
            fail_reason?: string | null;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Paid At */
            paid_at?: string | null;
            /** Reject Reason */
            reject_reason?: string | null;
            /**
             * State
             * @description `requested` 待审核, `approved` 转账中, `paid` 已到账, `rejected` 已拒绝, `failed` 转账失败 (the amount is back in the withdrawable balance).
             * @enum {string}
             */
            state: "requested" | "approved" | "paid" | "rejected" | "failed";
            /**
             * Transfer State
             * @description The WeChat Pay transfer's state (`wait_user_confirm`...).
             */
            transfer_state?: string | null;
        };
        /** WithdrawalList */
        WithdrawalList: {
            /** Items */
            items: components["schemas"]["Withdrawal"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Total */
            total: number;
        };
        /** WithdrawalRequest */
        WithdrawalRequest: {
            /**
             * Amount
             * @description Yuan.
             */
            amount: number;
            /**
             * Real Name
             * @description 真实姓名; required when none is on file (kept for the next time).
             */
            real_name?: string | null;
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
    list_campaigns_campaigns_get: {
        parameters: {
            query?: {
                code?: string | null;
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
                    "application/json": components["schemas"]["CampaignList"];
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
    get_campaign_campaigns__campaign_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                campaign_id: number;
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
                    "application/json": components["schemas"]["CampaignDetail"];
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
    get_flash_order_flash_orders__reservation_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                reservation_id: number;
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
                    "application/json": components["schemas"]["FlashOrder"];
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
    make_flash_order_flash_orders__reservation_id__order_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                reservation_id: number;
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
                    "application/json": components["schemas"]["FlashOrder"];
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
    list_flash_sales_flash_sales_get: {
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
                    "application/json": components["schemas"]["FlashSaleList"];
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
    get_flash_sale_flash_sales__sale_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                sale_id: number;
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
                    "application/json": components["schemas"]["FlashSale"];
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
    buy_flash_sale_flash_sales__sale_id__orders_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
                /** @description A key of the client (e.g. a UUID): the same key returns the same flash order. */
                "Idempotency-Key": string;
            };
            path: {
                sale_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlashOrderCreate"];
            };
        };
        responses: {
            /** @description The flash order of this key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlashOrder"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlashOrder"];
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
    list_group_buys_group_buys_get: {
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
                    "application/json": components["schemas"]["GroupOfferList"];
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
    get_group_buy_group_buys__offer_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                offer_id: number;
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
                    "application/json": components["schemas"]["GroupOfferDetail"];
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
    place_group_order_group_buys__offer_id__orders_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
                /** @description A key of the client for this order: the same key returns the same order and places nothing new. */
                "Idempotency-Key": string;
            };
            path: {
                offer_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupBuyOrderCreate"];
            };
        };
        responses: {
            /** @description The order already placed with this key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupBuyOrder"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupBuyOrder"];
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
    quote_group_order_group_buys__offer_id__quote_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                offer_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupBuyOrderCreate"];
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
    get_group_groups__group_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                group_id: number;
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
                    "application/json": components["schemas"]["GroupDetail"];
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
    list_lotteries_lotteries_get: {
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
                    "application/json": components["schemas"]["LotteryList"];
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
    get_lottery_lotteries__lottery_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                lottery_id: number;
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
                    "application/json": components["schemas"]["Lottery"];
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
    register_lotteries__lottery_id__registrations_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
            };
            path: {
                lottery_id: number;
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
                    "application/json": components["schemas"]["LotteryRegistration"];
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
    my_groups_me_groups_get: {
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
                    "application/json": components["schemas"]["MyGroupList"];
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
    my_invites_me_invites_get: {
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
                    "application/json": components["schemas"]["InviteList"];
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
    my_registrations_me_lottery_registrations_get: {
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
                    "application/json": components["schemas"]["LotteryRegistrationList"];
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
    order_won_me_lottery_registrations__registration_id__order_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The Accept-Language header is used to specify the language of the content to be returned. If a language is not available, the server will return the content in the default language. */
                "Accept-Language"?: string | null;
                /** @description A key of the client for this order: the same key returns the same order. */
                "Idempotency-Key": string;
            };
            path: {
                registration_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LotteryOrderRequest"];
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
    my_promoter_me_promoter_get: {
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
                    "application/json": components["schemas"]["Promoter"];
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
    apply_promoter_me_promoter_apply_post: {
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
                "application/json": components["schemas"]["PromoterApply"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promoter"];
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
    my_commissions_me_promoter_commissions_get: {
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
                    "application/json": components["schemas"]["CommissionList"];
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
    my_withdrawals_me_promoter_withdrawals_get: {
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
                    "application/json": components["schemas"]["WithdrawalList"];
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
    request_withdrawal_me_promoter_withdrawals_post: {
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
                "application/json": components["schemas"]["WithdrawalRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
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
    my_shares_me_shares_get: {
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
                    "application/json": components["schemas"]["ShareList"];
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
    create_share_shares_post: {
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
                "application/json": components["schemas"]["ShareRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareItem"];
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
    open_share_shares_open_post: {
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
                "application/json": components["schemas"]["ShareOpenRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareOpenResult"];
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
