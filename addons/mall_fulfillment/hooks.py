def post_init_hook(env):
    """Mall orders paid before this addon was installed enter the to-ship
    workbench with their confirmation date as payment date."""
    orders = env["sale.order"].search(
        [("mall_order", "=", True), ("state", "=", "sale"), ("mall_paid_at", "=", False)]
    )
    for order in orders:
        order.mall_paid_at = order.date_order
