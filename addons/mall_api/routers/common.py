from ..schemas import ErrorResponse

ERROR_RESPONSES = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in (
        (400, "Bad request"),
        (401, "Not logged in, or the token is invalid or expired"),
        (404, "Not found"),
        (422, "Invalid input"),
        (429, "Too many requests"),
    )
}


def member_data(member):
    return {
        "id": member.id,
        "nickname": member.name,
        "avatar_url": member.mall_avatar_url or None,
        "member_since": member.mall_member_since or None,
        "register_channel": member.mall_register_channel or None,
    }
