"""The generated Magic Hour SDK (``generated/magic_hour``) over real HTTP.

Every operation is exercised through both ``Client`` and ``AsyncClient`` against
``support.http_server.LocalServer``: what goes on the wire (method, path, headers, JSON
body) and what comes back (pydantic models, ``None`` for 204).
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from typing import Any

import httpx
import magic_hour
import pytest
from magic_hour import AsyncClient, Client
from magic_hour.types import models
from support.flavours import Flavour
from support.http_server import LocalServer, RecordedRequest, ScriptedResponse

TOKEN = "sk-test-http-0123456789"
UTC = datetime.timezone.utc
EXPIRES = datetime.datetime(2024, 7, 25, 16, 56, 21, 932000, tzinfo=UTC)

LIP_SYNC_RESPONSE = {
    "credits_charged": 450,
    "estimated_frame_cost": 450,
    "id": "clx7uu86w0a5qp55yxz315r6r",
}
UPLOAD_URLS_RESPONSE = {
    "items": [
        {
            "expires_at": "2024-07-25T16:56:21.932Z",
            "file_path": "api-assets/id/video.mp4",
            "upload_url": "https://videos.magichour.ai/api-assets/id/video.mp4?auth-value=1",
        },
        {
            "expires_at": "2024-07-25T16:56:21.932Z",
            "file_path": "api-assets/id/audio.mp3",
            "upload_url": "https://videos.magichour.ai/api-assets/id/audio.mp3?auth-value=2",
        },
    ]
}
VIDEO_PROJECT = {
    "created_at": "2024-07-25T16:56:21.932Z",
    "credits_charged": 450,
    "downloads": [
        {"expires_at": "2024-07-25T16:56:21.932Z", "url": "https://videos.magichour.ai/id/o.mp4"}
    ],
    "enabled": True,
    "end_seconds": 15.0,
    "error": None,
    "fps": 30.0,
    "height": 960,
    "id": "clx7uu86w0a5qp55yxz315r6r",
    "name": None,
    "start_seconds": 0.0,
    "status": "complete",
    "type": "LIP_SYNC",
    "width": 512,
}
ASSETS = {"audio_file_path": "api-assets/id/1234.mp3", "video_source": "file"}
PROJECT_PATH = "/v1/video-projects/vp_1"


# -- running the same scenario sync and async ------------------------------------


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    return Flavour(request.param)


def assert_sent(request: RecordedRequest, method: str, path: str, *, token: str = TOKEN) -> None:
    assert request.method == method
    assert request.path == path
    assert request.headers["authorization"] == f"Bearer {token}"
    assert request.headers["user-agent"].startswith("magic-hour-python/")
    assert request.headers["user-agent"] == f"magic-hour-python/{magic_hour.__version__}"


def assert_json_body(request: RecordedRequest, expected: dict[str, Any]) -> None:
    assert request.headers["content-type"] == "application/json"
    assert request.json() == expected


def assert_no_body(request: RecordedRequest) -> None:
    assert request.body == b""
    assert "content-type" not in request.headers


# -- the four operations -----------------------------------------------------------


def test_lip_sync_create_omits_arguments_not_given(flavour: Flavour, server: LocalServer) -> None:
    server.respond("POST", "/v1/lip-sync", ScriptedResponse(200, json=LIP_SYNC_RESPONSE))
    client = flavour.client(token=TOKEN, base_url=server.url)

    result = flavour.run(
        client,
        lambda: client.v1.lip_sync.create(assets=ASSETS, end_seconds=15.0, start_seconds=0.0),
    )

    [request] = server.requests
    assert_sent(request, "POST", "/v1/lip-sync")
    # Only what was passed: no height/width/name/max_fps_limit keys, not even as null,
    # and none of the assets' optional keys either.
    assert_json_body(request, {"assets": ASSETS, "end_seconds": 15.0, "start_seconds": 0.0})
    assert type(result) is models.V1LipSyncCreateResponse
    assert result.id == "clx7uu86w0a5qp55yxz315r6r"
    assert result.credits_charged == 450
    assert result.estimated_frame_cost == 450


def test_lip_sync_create_sends_explicit_optional_arguments(
    flavour: Flavour, server: LocalServer
) -> None:
    server.respond("POST", "/v1/lip-sync", ScriptedResponse(200, json=LIP_SYNC_RESPONSE))
    client = flavour.client(token=TOKEN, base_url=server.url)
    assets = {**ASSETS, "video_file_path": "api-assets/id/1234.mp4"}

    flavour.run(
        client,
        lambda: client.v1.lip_sync.create(
            assets=assets,
            end_seconds=15.5,
            start_seconds=1.25,
            max_fps_limit=12.0,
            name="Lip Sync video",
            style={"generation_mode": "lite"},
        ),
    )

    [request] = server.requests
    assert_sent(request, "POST", "/v1/lip-sync")
    assert_json_body(
        request,
        {
            "assets": assets,
            "end_seconds": 15.5,
            "start_seconds": 1.25,
            "max_fps_limit": 12.0,
            "name": "Lip Sync video",
            "style": {"generation_mode": "lite"},
        },
    )


def test_upload_urls_create(flavour: Flavour, server: LocalServer) -> None:
    server.respond(
        "POST", "/v1/files/upload-urls", ScriptedResponse(200, json=UPLOAD_URLS_RESPONSE)
    )
    client = flavour.client(token=TOKEN, base_url=server.url)
    items = [{"extension": "mp4", "type": "video"}, {"extension": "mp3", "type": "audio"}]

    result = flavour.run(client, lambda: client.v1.files.upload_urls.create(items=items))

    [request] = server.requests
    assert_sent(request, "POST", "/v1/files/upload-urls")
    assert_json_body(request, {"items": items})
    assert type(result) is models.V1FilesUploadUrlsCreateResponse
    assert [type(item) for item in result.items] == [
        models.V1FilesUploadUrlsCreateResponseItemsItem
    ] * 2
    first, second = result.items
    assert first.file_path == "api-assets/id/video.mp4"
    assert second.upload_url == UPLOAD_URLS_RESPONSE["items"][1]["upload_url"]
    for item in result.items:
        assert isinstance(item.expires_at, datetime.datetime)
        assert item.expires_at.tzinfo is not None
        assert item.expires_at.utcoffset() == datetime.timedelta(0)
        assert item.expires_at == EXPIRES


def test_video_projects_get_encodes_the_id_and_parses(
    flavour: Flavour, server: LocalServer
) -> None:
    path = "/v1/video-projects/a%2Fb%20c"
    server.respond("GET", path, ScriptedResponse(200, json=VIDEO_PROJECT))
    client = flavour.client(token=TOKEN, base_url=server.url)

    result = flavour.run(client, lambda: client.v1.video_projects.get(id="a/b c"))

    [request] = server.requests
    assert_sent(request, "GET", path)
    assert_no_body(request)
    assert request.query == {}
    assert type(result) is models.V1VideoProjectsGetResponse
    assert result.id == "clx7uu86w0a5qp55yxz315r6r"
    assert result.created_at == EXPIRES
    assert result.created_at.tzinfo is not None
    assert result.name is None
    assert result.error is None
    assert result.status == "complete"
    assert result.enabled is True
    assert (result.fps, result.height, result.width) == (30.0, 960, 512)
    [download] = result.downloads
    assert type(download) is models.V1VideoProjectsGetResponseDownloadsItem
    assert download.url == "https://videos.magichour.ai/id/o.mp4"
    assert download.expires_at == EXPIRES


def test_video_projects_get_parses_a_render_error(flavour: Flavour, server: LocalServer) -> None:
    failed = {
        **VIDEO_PROJECT,
        "name": "My video",
        "status": "error",
        "downloads": [],
        "error": {"code": "no_source_face", "message": "Please use an image with a face"},
    }
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=failed))
    client = flavour.client(token=TOKEN, base_url=server.url)

    result = flavour.run(client, lambda: client.v1.video_projects.get(id="vp_1"))

    assert result.name == "My video"
    assert result.downloads == []
    assert type(result.error) is models.V1VideoProjectsGetResponseError
    assert result.error.code == "no_source_face"
    assert result.error.message == "Please use an image with a face"


def test_video_projects_delete_returns_none_on_204(flavour: Flavour, server: LocalServer) -> None:
    path = "/v1/video-projects/a%2Fb%20c"
    server.respond("DELETE", path, ScriptedResponse(204))
    client = flavour.client(token=TOKEN, base_url=server.url)

    result = flavour.run(client, lambda: client.v1.video_projects.delete(id="a/b c"))

    assert result is None
    [request] = server.requests
    assert_sent(request, "DELETE", path)
    assert_no_body(request)


# -- configuration -------------------------------------------------------------------


def test_token_and_base_url_come_from_the_environment(
    flavour: Flavour, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", "env-token-5678")
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", server.url)
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))
    from_env = flavour.client()
    explicit = flavour.client(token=TOKEN)

    flavour.run(from_env, lambda: from_env.v1.video_projects.get(id="vp_1"))
    flavour.run(explicit, lambda: explicit.v1.video_projects.get(id="vp_1"))

    env_request, explicit_request = server.requests
    assert_sent(env_request, "GET", PROJECT_PATH, token="env-token-5678")
    # An argument wins over the environment variable.
    assert_sent(explicit_request, "GET", PROJECT_PATH, token=TOKEN)


def test_missing_token_raises_before_sending(
    flavour: Flavour, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", server.url)
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))
    client = flavour.client()

    with pytest.raises(magic_hour.MissingCredentialsError) as caught:
        flavour.run(client, lambda: client.v1.video_projects.get(id="vp_1"))

    assert isinstance(caught.value, magic_hour.MagicHourError)
    assert "MAGIC_HOUR_API_TOKEN" in str(caught.value)
    assert server.requests == []


def test_unknown_enum_value_and_extra_fields_are_kept(
    flavour: Flavour, server: LocalServer
) -> None:
    newer = {**VIDEO_PROJECT, "status": "archived", "archived_by": {"user": "u_1"}}
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=newer))
    client = flavour.client(token=TOKEN, base_url=server.url)

    result = flavour.run(client, lambda: client.v1.video_projects.get(id="vp_1"))

    assert type(result) is models.V1VideoProjectsGetResponse
    assert result.status == "archived"
    assert result.model_extra == {"archived_by": {"user": "u_1"}}
    assert result.model_dump(mode="json")["archived_by"] == {"user": "u_1"}


def test_missing_required_field_raises_response_validation_error(
    flavour: Flavour, server: LocalServer
) -> None:
    broken = {key: value for key, value in VIDEO_PROJECT.items() if key != "created_at"}
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=broken))
    client = flavour.client(token=TOKEN, base_url=server.url)

    with pytest.raises(magic_hour.ResponseValidationError) as caught:
        flavour.run(client, lambda: client.v1.video_projects.get(id="vp_1"))

    message = str(caught.value)
    assert "created_at" in message
    assert "v1.video_projects.get" in message
    assert caught.value.response.status_code == 200
    assert len(server.requests) == 1  # a malformed 200 is not retried


def test_with_raw_response(flavour: Flavour, server: LocalServer) -> None:
    server.respond(
        "GET",
        PROJECT_PATH,
        ScriptedResponse(200, json=VIDEO_PROJECT, headers={"X-Request-Id": "req_42"}),
    )
    server.respond("DELETE", PROJECT_PATH, ScriptedResponse(204))
    client = flavour.client(token=TOKEN, base_url=server.url)
    raw_client = client.v1.video_projects.with_raw_response

    got, deleted = flavour.run_all(
        client, lambda: raw_client.get(id="vp_1"), lambda: raw_client.delete(id="vp_1")
    )

    assert isinstance(got, magic_hour.RawResponse)
    assert got.status_code == 200
    assert got.headers["x-request-id"] == "req_42"
    assert got.headers["content-type"] == "application/json"
    parsed = got.parse()
    assert type(parsed) is models.V1VideoProjectsGetResponse
    assert parsed.id == VIDEO_PROJECT["id"]
    assert deleted.status_code == 204
    assert deleted.parse() is None
    assert [r.method for r in server.requests] == ["GET", "DELETE"]


def test_with_options_copies_and_shares_the_pool(flavour: Flavour, server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(503, json={"message": "busy"}))
    server.respond(
        "GET", "/v1/video-projects/slow", ScriptedResponse(200, json=VIDEO_PROJECT, delay=2.0)
    )
    client = flavour.client(token=TOKEN, base_url=server.url, timeout=10.0)
    copy = client.with_options(max_retries=0, timeout=0.3)

    assert type(copy) is type(client)
    assert copy is not client
    assert copy._base_client._client is client._base_client._client  # one connection pool
    assert (copy._base_client.max_retries, copy._base_client.timeout) == (0, 0.3)
    assert (client._base_client.max_retries, client._base_client.timeout) == (2, 10.0)

    def fails(step: Callable[[], Any]) -> Callable[[], Any]:
        # Runs a step and returns the SDK error it raised, sync or async.
        if flavour.is_async:

            async def run_async() -> Any:
                try:
                    await step()
                except magic_hour.MagicHourError as exc:
                    return exc
                raise AssertionError("no error raised")

            return run_async

        def run_sync() -> Any:
            try:
                step()
            except magic_hour.MagicHourError as exc:
                return exc
            raise AssertionError("no error raised")

        return run_sync

    unavailable, timed_out, _ = flavour.run_all(
        client,
        fails(lambda: copy.v1.video_projects.get(id="vp_1")),
        fails(lambda: copy.v1.video_projects.get(id="slow")),
        copy.close,  # closing a copy leaves the shared pool open
    )

    assert type(unavailable) is magic_hour.InternalServerError
    assert type(timed_out) is magic_hour.APITimeoutError
    # max_retries=0: one request each; the copy kept the credentials.
    assert [r.path for r in server.requests] == [PROJECT_PATH, "/v1/video-projects/slow"]
    for request in server.requests:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
    # run_all closed the original, which owns the shared pool.
    assert client._base_client._client.is_closed


def test_with_options_copy_retries_and_authenticates_on_its_own_terms(
    flavour: Flavour, server: LocalServer
) -> None:
    server.respond(
        "GET",
        PROJECT_PATH,
        ScriptedResponse(503, json={"message": "busy"}, headers={"retry-after-ms": "10"}),
        ScriptedResponse(200, json=VIDEO_PROJECT),
    )
    client = flavour.client(token=TOKEN, base_url=server.url, max_retries=0)
    retrying = client.with_options(max_retries=1)
    other_token = client.with_options(token="sk-other-token-9999")

    first, second = flavour.run_all(
        client,
        lambda: retrying.v1.video_projects.get(id="vp_1"),
        lambda: other_token.v1.video_projects.get(id="vp_1"),
    )

    assert first.id == second.id == VIDEO_PROJECT["id"]
    assert len(server.requests) == 3  # 503 + retry, then one more call
    assert [r.headers["authorization"] for r in server.requests] == [
        f"Bearer {TOKEN}",
        f"Bearer {TOKEN}",
        "Bearer sk-other-token-9999",
    ]


def test_closing_the_copy_does_not_close_the_pool(flavour: Flavour, server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))
    client = flavour.client(token=TOKEN, base_url=server.url)
    copy = client.with_options(max_retries=0)

    _, result = flavour.run_all(client, copy.close, lambda: client.v1.video_projects.get(id="vp_1"))

    assert result.id == VIDEO_PROJECT["id"]
    assert len(server.requests) == 1


def test_sync_context_manager_closes_its_own_transport(server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))

    with Client(token=TOKEN, base_url=server.url) as client:
        assert client.v1.video_projects.get(id="vp_1").id == VIDEO_PROJECT["id"]
        transport = client._base_client._client
        assert not transport.is_closed

    assert transport.is_closed


def test_sync_context_manager_leaves_a_user_http_client_open(server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))

    with httpx.Client() as http_client:
        with Client(token=TOKEN, base_url=server.url, http_client=http_client) as client:
            assert client._base_client._client is http_client
            client.v1.video_projects.get(id="vp_1")
        client.close()  # an explicit close() must not close it either

        assert not http_client.is_closed
        assert http_client.get(server.url + PROJECT_PATH).status_code == 200

    assert len(server.requests) == 2
    assert_sent(server.requests[0], "GET", PROJECT_PATH)


def test_async_context_manager_closes_its_own_transport(server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))

    async def scenario() -> httpx.AsyncClient:
        async with AsyncClient(token=TOKEN, base_url=server.url) as client:
            result = await client.v1.video_projects.get(id="vp_1")
            assert result.id == VIDEO_PROJECT["id"]
            transport = client._base_client._client
            assert not transport.is_closed
        return transport

    assert asyncio.run(scenario()).is_closed


def test_async_context_manager_leaves_a_user_http_client_open(server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))

    async def scenario() -> None:
        async with httpx.AsyncClient() as http_client:
            async with AsyncClient(
                token=TOKEN, base_url=server.url, http_client=http_client
            ) as client:
                assert client._base_client._client is http_client
                await client.v1.video_projects.get(id="vp_1")
            await client.close()

            assert not http_client.is_closed
            assert (await http_client.get(server.url + PROJECT_PATH)).status_code == 200

    asyncio.run(scenario())
    assert len(server.requests) == 2
    assert_sent(server.requests[0], "GET", PROJECT_PATH)


def test_request_options_extras_reach_the_server(flavour: Flavour, server: LocalServer) -> None:
    server.respond("POST", "/v1/lip-sync", ScriptedResponse(200, json=LIP_SYNC_RESPONSE))
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))
    client = flavour.client(token=TOKEN, base_url=server.url)
    options: magic_hour.RequestOptions = {
        "extra_headers": {"X-Trace-Id": "trace-1"},
        "extra_query": {"debug": "true", "tags": ["a", "b"]},
        "extra_body": {"priority": "high", "name": "from extra_body"},
    }

    flavour.run_all(
        client,
        lambda: client.v1.lip_sync.create(
            assets=ASSETS, end_seconds=15.0, start_seconds=0.0, request_options=options
        ),
        lambda: client.v1.video_projects.get(
            id="vp_1",
            request_options={
                "extra_headers": {"X-Trace-Id": "trace-2"},
                "extra_query": {"expand": "downloads"},
            },
        ),
    )

    post, get = server.requests
    assert_sent(post, "POST", "/v1/lip-sync")
    assert post.headers["x-trace-id"] == "trace-1"
    assert post.query == {"debug": ["true"], "tags": ["a", "b"]}
    assert_json_body(
        post,
        {
            "assets": ASSETS,
            "end_seconds": 15.0,
            "start_seconds": 0.0,
            "priority": "high",
            "name": "from extra_body",
        },
    )
    assert_sent(get, "GET", PROJECT_PATH)
    assert get.headers["x-trace-id"] == "trace-2"
    assert get.query == {"expand": ["downloads"]}
