"""Error handling, as a magic-hour user writes it.

magic-hour raises one exception class for every non-2xx answer, ``magic_hour.ApiError``
(``status_code``, ``body``, ``response``). A project that *ends* badly is not an exception:
``generate()`` / ``check_result()`` return it with ``status`` ``"error"`` or ``"canceled"``
and ``error`` set (for ``"error"``), and download nothing.

See README.md beside this file for what the fake server must answer (the ``[http-422]``,
``[status-error]`` and ``[status-canceled]`` markers in ``name``).
"""

from __future__ import annotations

import httpx

from magic_hour import ApiError, Client

from _support import api_token, base_url, expect, fast_polling, passed, workdir


def main() -> None:
    fast_polling()
    work = workdir("errors")
    out = work / "out"
    client = Client(token=api_token(), base_url=base_url())

    # -- 401: a wrong token -----------------------------------------------------------------
    stranger = Client(token="not-the-compat-token", base_url=base_url())
    try:
        stranger.v1.video_projects.get(id="anything")
    except ApiError as error:
        expect(error.status_code == 401, f"wrong token -> {error.status_code}")
        raw: httpx.Response = error.response
        expect(raw.status_code == 401, "the raw httpx response is kept")
    else:
        raise AssertionError("a wrong token raises ApiError")

    # -- 404: an unknown id -----------------------------------------------------------------
    try:
        client.v1.image_projects.get(id="compat-missing")
    except ApiError as error:
        expect(error.status_code == 404, f"unknown id -> {error.status_code}")
        expect(isinstance(error.body, dict) and "message" in error.body, f"JSON body parsed: {error.body!r}")
    else:
        raise AssertionError("an unknown id raises ApiError")

    # -- 422 from create (the fake rejects names containing [http-422]) --------------------
    try:
        client.v1.ai_image_generator.create(
            image_count=1,
            style={"prompt": "rejected"},
            name="compat [http-422]",
        )
    except ApiError as error:
        expect(error.status_code == 422, f"invalid request -> {error.status_code}")
    else:
        raise AssertionError("a 422 raises ApiError")

    # -- ApiError from inside generate() (the create step fails) ----------------------------
    try:
        client.v1.ai_voice_generator.generate(
            style={"prompt": "rejected", "voice_name": "Elon Musk"},
            name="compat [http-422]",
            download_directory=str(out),
        )
    except ApiError as error:
        expect(error.status_code == 422, "generate() lets the create step's ApiError through")
    else:
        raise AssertionError("generate() raises the create step's ApiError")

    # -- a render that fails: returned, not raised ------------------------------------------
    failed = client.v1.text_to_video.generate(
        end_seconds=5.0,
        style={"prompt": "a failing render"},
        name="compat [status-error]",
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    expect(failed.status == "error", f"failed render status {failed.status!r}")
    expect(failed.error is not None and failed.error.message != "", "error carries a message")
    expect(failed.error is not None and failed.error.code != "", "error carries a code")
    expect(failed.downloaded_paths is None, "a failed render downloads nothing")

    # -- a render that is canceled: returned, not raised ------------------------------------
    canceled = client.v1.ai_headshot_generator.generate(
        assets={"image_file_path": "api-assets/compat/face.png"},
        name="compat [status-canceled]",
        download_directory=str(out),
    )
    expect(canceled.status == "canceled", f"canceled render status {canceled.status!r}")
    expect(canceled.downloaded_paths is None, "a canceled render downloads nothing")
    expect(list(out.iterdir()) == [], "nothing was written")

    passed("errors")


if __name__ == "__main__":
    main()
