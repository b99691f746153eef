package io.sinmun.api.internal;

import io.sinmun.newsroom.Staff;

/** Who is calling the write API: the token's account, as the newsroom's rules see it. */
record ApiCaller(Staff staff, long tokenId) {
}
