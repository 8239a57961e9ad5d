"""The `style` field of the request body of `POST /v1/video-to-video`."""

from __future__ import annotations

import typing

import typing_extensions


class V1VideoToVideoCreateBodyStyle(typing_extensions.TypedDict):
    """The `style` field of the request body of `POST /v1/video-to-video`."""

    art_style: typing_extensions.Required[
        typing.Literal[
            "Minecraft",
            "Watercolor",
            "Pixel",
            "Retro Sci-Fi",
            "Lego",
            "Origami",
            "Ghost",
            "Sub-Zero",
            "Studio Ghibli",
            "Comic",
            "Impressionism",
            "Master Chief",
            "Solid Snake",
            "Street Fighter",
            "Hologram",
            "GTA",
            "Clay",
            "Mystique",
            "Dragonball Z",
            "Mario",
            "Samurai",
            "Spartan",
            "Boba Fett",
            "3D Render",
            "Airbender",
            "Android",
            "Anime Warrior",
            "Armored Knight",
            "Assassin's Creed",
            "Avatar",
            "Black Spiderman",
            "Bold Anime",
            "Celestial Skin",
            "Chinese Swordsmen",
            "Cyberpunk",
            "Cypher",
            "Dark Fantasy",
            "Future Bot",
            "Futuristic Fantasy",
            "Ghibli Anime",
            "Gundam",
            "Illustration",
            "Ink",
            "Ink Poster",
            "Jinx",
            "Knight",
            "Link",
            "Marble",
            "Mech",
            "Naruto",
            "Neon Dream",
            "No Art Style",
            "Oil Painting",
            "On Fire",
            "Painterly Anime",
            "Pixar",
            "Power Armor",
            "Power Ranger",
            "Radiant Anime",
            "Realistic Anime",
            "Realistic Pixar",
            "Retro Anime",
            "Samurai Bot",
            "Sharp Anime",
            "Soft Anime",
            "Starfield",
            "The Void",
            "Tomb Raider",
            "Underwater",
            "Van Gogh",
            "Viking",
            "Western Anime",
            "Wu Kong",
            "Wuxia Anime",
            "Zelda",
        ]
    ]

    model: typing_extensions.NotRequired[
        typing.Literal[
            "Dreamshaper",
            "Absolute Reality",
            "Flat 2D Anime",
            "Soft Anime",
            "Kaywaii",
            "Western Anime",
            "3D Anime",
            "default",
        ]
    ]
    """* `Dreamshaper` - a good all-around model that works for both animations as well as realism.
    * `Absolute Reality` - better at realism, but you'll often get similar results with Dreamshaper as well.
    * `Flat 2D Anime` - best for a flat illustration style that's common in most anime.
    * `default` - use the default recommended model for the selected art style."""

    prompt: typing_extensions.NotRequired[str | None]
    """The prompt used for the video. Prompt is required if `prompt_type` is `custom` or `append_default`. If `prompt_type` is `default`, then the `prompt` value passed will be ignored."""

    prompt_type: typing_extensions.NotRequired[
        typing.Literal["default", "custom", "append_default"]
    ]
    """* `default` - Use the default recommended prompt for the art style.
    * `custom` - Only use the prompt passed in the API. Note: for v1, lora prompt will still be auto added to apply the art style properly.
    * `append_default` - Add the default recommended prompt to the end of the prompt passed in the API."""

    version: typing_extensions.NotRequired[typing.Literal["v1", "v2", "default"]]
    """* `v1` - more detail, closer prompt adherence, and frame-by-frame previews.
    * `v2` - faster, more consistent, and less noisy.
    * `default` - use the default version for the selected art style."""
