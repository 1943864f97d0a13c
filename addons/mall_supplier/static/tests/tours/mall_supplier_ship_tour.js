import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("mall_supplier_ship_tour", {
    url: "/my/mall/shipments",
    steps: () => [
        {
            content: "Open the shipment waiting to be shipped",
            trigger: "tr.o_mall_shipment_row a",
            run: "click",
        },
        {
            content: "The phone is masked",
            trigger: ".o_mall_phone:contains('138****1234')",
        },
        {
            content: "Choose the carrier",
            trigger: "select[name=carrier_id]",
            run: "selectByLabel 测试快递",
        },
        {
            content: "Enter the tracking number",
            trigger: "input[name=tracking_ref]",
            run: "edit SF1234567890",
        },
        {
            content: "Confirm",
            trigger: ".o_mall_ship_form button[type=submit]",
            run: "click",
        },
        {
            content: "The shipped list shows the tracking number",
            trigger: "td:contains('SF1234567890')",
        },
    ],
});
