import { registry } from "@web/core/registry";

// An operator ships the oldest paid order from the to-ship workbench: carrier
// and tracking number in the row, then the row's Ship button.
registry.category("web_tour.tours").add("mall_to_ship_tour", {
    url: "/odoo/mall-to-ship",
    steps: () => [
        {
            content: "The overdue order is highlighted at the top of the list",
            trigger: ".o_data_row:first-child.text-danger td[name=sale_id]:contains('MALLTOUR')",
        },
        {
            content: "Open the carrier cell of the row",
            trigger: ".o_data_row:first-child td[name=carrier_id]",
            run: "click",
        },
        {
            content: "Type the carrier",
            trigger: ".o_data_row:first-child td[name=carrier_id] input",
            run: "edit 顺丰",
        },
        {
            content: "Choose SF Express",
            trigger: ".o-autocomplete--dropdown-item:contains('顺丰速运')",
            run: "click",
        },
        {
            content: "Enter the tracking number",
            trigger: ".o_data_row:first-child td[name=carrier_tracking_ref] input",
            run: "edit SF7654321098",
        },
        {
            content: "Ship",
            trigger: ".o_data_row:first-child button[name=action_mall_ship]",
            run: "click",
        },
        {
            content: "The shipped order has left the workbench",
            trigger: ".o_list_view:not(:has(td:contains('MALLTOUR')))",
        },
    ],
});
