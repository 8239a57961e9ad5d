"""Clients for `v1`."""

from __future__ import annotations

import functools
import typing

from magic_hour._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from magic_hour.resources.v1.ai_clothes_changer.client import (
        AiClothesChangerClient,
        AsyncAiClothesChangerClient,
    )
    from magic_hour.resources.v1.ai_face_editor.client import (
        AiFaceEditorClient,
        AsyncAiFaceEditorClient,
    )
    from magic_hour.resources.v1.ai_gif_generator.client import (
        AiGifGeneratorClient,
        AsyncAiGifGeneratorClient,
    )
    from magic_hour.resources.v1.ai_headshot_generator.client import (
        AiHeadshotGeneratorClient,
        AsyncAiHeadshotGeneratorClient,
    )
    from magic_hour.resources.v1.ai_image_editor.client import (
        AiImageEditorClient,
        AsyncAiImageEditorClient,
    )
    from magic_hour.resources.v1.ai_image_generator.client import (
        AiImageGeneratorClient,
        AsyncAiImageGeneratorClient,
    )
    from magic_hour.resources.v1.ai_image_upscaler.client import (
        AiImageUpscalerClient,
        AsyncAiImageUpscalerClient,
    )
    from magic_hour.resources.v1.ai_meme_generator.client import (
        AiMemeGeneratorClient,
        AsyncAiMemeGeneratorClient,
    )
    from magic_hour.resources.v1.ai_qr_code_generator.client import (
        AiQrCodeGeneratorClient,
        AsyncAiQrCodeGeneratorClient,
    )
    from magic_hour.resources.v1.ai_talking_photo.client import (
        AiTalkingPhotoClient,
        AsyncAiTalkingPhotoClient,
    )
    from magic_hour.resources.v1.ai_video_editor.client import (
        AiVideoEditorClient,
        AsyncAiVideoEditorClient,
    )
    from magic_hour.resources.v1.ai_voice_cloner.client import (
        AiVoiceClonerClient,
        AsyncAiVoiceClonerClient,
    )
    from magic_hour.resources.v1.ai_voice_generator.client import (
        AiVoiceGeneratorClient,
        AsyncAiVoiceGeneratorClient,
    )
    from magic_hour.resources.v1.animation.client import (
        AnimationClient,
        AsyncAnimationClient,
    )
    from magic_hour.resources.v1.audio_projects.client import (
        AsyncAudioProjectsClient,
        AudioProjectsClient,
    )
    from magic_hour.resources.v1.audio_to_video.client import (
        AsyncAudioToVideoClient,
        AudioToVideoClient,
    )
    from magic_hour.resources.v1.auto_subtitle_generator.client import (
        AsyncAutoSubtitleGeneratorClient,
        AutoSubtitleGeneratorClient,
    )
    from magic_hour.resources.v1.body_swap.client import (
        AsyncBodySwapClient,
        BodySwapClient,
    )
    from magic_hour.resources.v1.character_replace.client import (
        AsyncCharacterReplaceClient,
        CharacterReplaceClient,
    )
    from magic_hour.resources.v1.face_detection.client import (
        AsyncFaceDetectionClient,
        FaceDetectionClient,
    )
    from magic_hour.resources.v1.face_swap.client import (
        AsyncFaceSwapClient,
        FaceSwapClient,
    )
    from magic_hour.resources.v1.face_swap_photo.client import (
        AsyncFaceSwapPhotoClient,
        FaceSwapPhotoClient,
    )
    from magic_hour.resources.v1.files.client import (
        AsyncFilesClient,
        FilesClient,
    )
    from magic_hour.resources.v1.head_swap.client import (
        AsyncHeadSwapClient,
        HeadSwapClient,
    )
    from magic_hour.resources.v1.image_background_remover.client import (
        AsyncImageBackgroundRemoverClient,
        ImageBackgroundRemoverClient,
    )
    from magic_hour.resources.v1.image_projects.client import (
        AsyncImageProjectsClient,
        ImageProjectsClient,
    )
    from magic_hour.resources.v1.image_to_video.client import (
        AsyncImageToVideoClient,
        ImageToVideoClient,
    )
    from magic_hour.resources.v1.lip_sync.client import (
        AsyncLipSyncClient,
        LipSyncClient,
    )
    from magic_hour.resources.v1.photo_colorizer.client import (
        AsyncPhotoColorizerClient,
        PhotoColorizerClient,
    )
    from magic_hour.resources.v1.text_to_video.client import (
        AsyncTextToVideoClient,
        TextToVideoClient,
    )
    from magic_hour.resources.v1.video_projects.client import (
        AsyncVideoProjectsClient,
        VideoProjectsClient,
    )
    from magic_hour.resources.v1.video_to_video.client import (
        AsyncVideoToVideoClient,
        VideoToVideoClient,
    )


class V1Client:
    """Synchronous client for `v1`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def ai_clothes_changer(self) -> AiClothesChangerClient:
        from magic_hour.resources.v1.ai_clothes_changer.client import (
            AiClothesChangerClient,
        )

        return AiClothesChangerClient(base_client=self._base_client)

    @functools.cached_property
    def ai_face_editor(self) -> AiFaceEditorClient:
        from magic_hour.resources.v1.ai_face_editor.client import AiFaceEditorClient

        return AiFaceEditorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_gif_generator(self) -> AiGifGeneratorClient:
        from magic_hour.resources.v1.ai_gif_generator.client import AiGifGeneratorClient

        return AiGifGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_headshot_generator(self) -> AiHeadshotGeneratorClient:
        from magic_hour.resources.v1.ai_headshot_generator.client import (
            AiHeadshotGeneratorClient,
        )

        return AiHeadshotGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_image_editor(self) -> AiImageEditorClient:
        from magic_hour.resources.v1.ai_image_editor.client import AiImageEditorClient

        return AiImageEditorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_image_generator(self) -> AiImageGeneratorClient:
        from magic_hour.resources.v1.ai_image_generator.client import (
            AiImageGeneratorClient,
        )

        return AiImageGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_image_upscaler(self) -> AiImageUpscalerClient:
        from magic_hour.resources.v1.ai_image_upscaler.client import (
            AiImageUpscalerClient,
        )

        return AiImageUpscalerClient(base_client=self._base_client)

    @functools.cached_property
    def ai_meme_generator(self) -> AiMemeGeneratorClient:
        from magic_hour.resources.v1.ai_meme_generator.client import (
            AiMemeGeneratorClient,
        )

        return AiMemeGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_qr_code_generator(self) -> AiQrCodeGeneratorClient:
        from magic_hour.resources.v1.ai_qr_code_generator.client import (
            AiQrCodeGeneratorClient,
        )

        return AiQrCodeGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_talking_photo(self) -> AiTalkingPhotoClient:
        from magic_hour.resources.v1.ai_talking_photo.client import AiTalkingPhotoClient

        return AiTalkingPhotoClient(base_client=self._base_client)

    @functools.cached_property
    def ai_video_editor(self) -> AiVideoEditorClient:
        from magic_hour.resources.v1.ai_video_editor.client import AiVideoEditorClient

        return AiVideoEditorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_voice_cloner(self) -> AiVoiceClonerClient:
        from magic_hour.resources.v1.ai_voice_cloner.client import AiVoiceClonerClient

        return AiVoiceClonerClient(base_client=self._base_client)

    @functools.cached_property
    def ai_voice_generator(self) -> AiVoiceGeneratorClient:
        from magic_hour.resources.v1.ai_voice_generator.client import (
            AiVoiceGeneratorClient,
        )

        return AiVoiceGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def animation(self) -> AnimationClient:
        from magic_hour.resources.v1.animation.client import AnimationClient

        return AnimationClient(base_client=self._base_client)

    @functools.cached_property
    def audio_projects(self) -> AudioProjectsClient:
        from magic_hour.resources.v1.audio_projects.client import AudioProjectsClient

        return AudioProjectsClient(base_client=self._base_client)

    @functools.cached_property
    def audio_to_video(self) -> AudioToVideoClient:
        from magic_hour.resources.v1.audio_to_video.client import AudioToVideoClient

        return AudioToVideoClient(base_client=self._base_client)

    @functools.cached_property
    def auto_subtitle_generator(self) -> AutoSubtitleGeneratorClient:
        from magic_hour.resources.v1.auto_subtitle_generator.client import (
            AutoSubtitleGeneratorClient,
        )

        return AutoSubtitleGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def body_swap(self) -> BodySwapClient:
        from magic_hour.resources.v1.body_swap.client import BodySwapClient

        return BodySwapClient(base_client=self._base_client)

    @functools.cached_property
    def character_replace(self) -> CharacterReplaceClient:
        from magic_hour.resources.v1.character_replace.client import (
            CharacterReplaceClient,
        )

        return CharacterReplaceClient(base_client=self._base_client)

    @functools.cached_property
    def face_detection(self) -> FaceDetectionClient:
        from magic_hour.resources.v1.face_detection.client import FaceDetectionClient

        return FaceDetectionClient(base_client=self._base_client)

    @functools.cached_property
    def face_swap(self) -> FaceSwapClient:
        from magic_hour.resources.v1.face_swap.client import FaceSwapClient

        return FaceSwapClient(base_client=self._base_client)

    @functools.cached_property
    def face_swap_photo(self) -> FaceSwapPhotoClient:
        from magic_hour.resources.v1.face_swap_photo.client import FaceSwapPhotoClient

        return FaceSwapPhotoClient(base_client=self._base_client)

    @functools.cached_property
    def files(self) -> FilesClient:
        from magic_hour.resources.v1.files.client import FilesClient

        return FilesClient(base_client=self._base_client)

    @functools.cached_property
    def head_swap(self) -> HeadSwapClient:
        from magic_hour.resources.v1.head_swap.client import HeadSwapClient

        return HeadSwapClient(base_client=self._base_client)

    @functools.cached_property
    def image_background_remover(self) -> ImageBackgroundRemoverClient:
        from magic_hour.resources.v1.image_background_remover.client import (
            ImageBackgroundRemoverClient,
        )

        return ImageBackgroundRemoverClient(base_client=self._base_client)

    @functools.cached_property
    def image_projects(self) -> ImageProjectsClient:
        from magic_hour.resources.v1.image_projects.client import ImageProjectsClient

        return ImageProjectsClient(base_client=self._base_client)

    @functools.cached_property
    def image_to_video(self) -> ImageToVideoClient:
        from magic_hour.resources.v1.image_to_video.client import ImageToVideoClient

        return ImageToVideoClient(base_client=self._base_client)

    @functools.cached_property
    def lip_sync(self) -> LipSyncClient:
        from magic_hour.resources.v1.lip_sync.client import LipSyncClient

        return LipSyncClient(base_client=self._base_client)

    @functools.cached_property
    def photo_colorizer(self) -> PhotoColorizerClient:
        from magic_hour.resources.v1.photo_colorizer.client import PhotoColorizerClient

        return PhotoColorizerClient(base_client=self._base_client)

    @functools.cached_property
    def text_to_video(self) -> TextToVideoClient:
        from magic_hour.resources.v1.text_to_video.client import TextToVideoClient

        return TextToVideoClient(base_client=self._base_client)

    @functools.cached_property
    def video_projects(self) -> VideoProjectsClient:
        from magic_hour.resources.v1.video_projects.client import VideoProjectsClient

        return VideoProjectsClient(base_client=self._base_client)

    @functools.cached_property
    def video_to_video(self) -> VideoToVideoClient:
        from magic_hour.resources.v1.video_to_video.client import VideoToVideoClient

        return VideoToVideoClient(base_client=self._base_client)

    # @custom-begin V1Client (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end V1Client


class AsyncV1Client:
    """Asynchronous client for `v1`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def ai_clothes_changer(self) -> AsyncAiClothesChangerClient:
        from magic_hour.resources.v1.ai_clothes_changer.client import (
            AsyncAiClothesChangerClient,
        )

        return AsyncAiClothesChangerClient(base_client=self._base_client)

    @functools.cached_property
    def ai_face_editor(self) -> AsyncAiFaceEditorClient:
        from magic_hour.resources.v1.ai_face_editor.client import (
            AsyncAiFaceEditorClient,
        )

        return AsyncAiFaceEditorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_gif_generator(self) -> AsyncAiGifGeneratorClient:
        from magic_hour.resources.v1.ai_gif_generator.client import (
            AsyncAiGifGeneratorClient,
        )

        return AsyncAiGifGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_headshot_generator(self) -> AsyncAiHeadshotGeneratorClient:
        from magic_hour.resources.v1.ai_headshot_generator.client import (
            AsyncAiHeadshotGeneratorClient,
        )

        return AsyncAiHeadshotGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_image_editor(self) -> AsyncAiImageEditorClient:
        from magic_hour.resources.v1.ai_image_editor.client import (
            AsyncAiImageEditorClient,
        )

        return AsyncAiImageEditorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_image_generator(self) -> AsyncAiImageGeneratorClient:
        from magic_hour.resources.v1.ai_image_generator.client import (
            AsyncAiImageGeneratorClient,
        )

        return AsyncAiImageGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_image_upscaler(self) -> AsyncAiImageUpscalerClient:
        from magic_hour.resources.v1.ai_image_upscaler.client import (
            AsyncAiImageUpscalerClient,
        )

        return AsyncAiImageUpscalerClient(base_client=self._base_client)

    @functools.cached_property
    def ai_meme_generator(self) -> AsyncAiMemeGeneratorClient:
        from magic_hour.resources.v1.ai_meme_generator.client import (
            AsyncAiMemeGeneratorClient,
        )

        return AsyncAiMemeGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_qr_code_generator(self) -> AsyncAiQrCodeGeneratorClient:
        from magic_hour.resources.v1.ai_qr_code_generator.client import (
            AsyncAiQrCodeGeneratorClient,
        )

        return AsyncAiQrCodeGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_talking_photo(self) -> AsyncAiTalkingPhotoClient:
        from magic_hour.resources.v1.ai_talking_photo.client import (
            AsyncAiTalkingPhotoClient,
        )

        return AsyncAiTalkingPhotoClient(base_client=self._base_client)

    @functools.cached_property
    def ai_video_editor(self) -> AsyncAiVideoEditorClient:
        from magic_hour.resources.v1.ai_video_editor.client import (
            AsyncAiVideoEditorClient,
        )

        return AsyncAiVideoEditorClient(base_client=self._base_client)

    @functools.cached_property
    def ai_voice_cloner(self) -> AsyncAiVoiceClonerClient:
        from magic_hour.resources.v1.ai_voice_cloner.client import (
            AsyncAiVoiceClonerClient,
        )

        return AsyncAiVoiceClonerClient(base_client=self._base_client)

    @functools.cached_property
    def ai_voice_generator(self) -> AsyncAiVoiceGeneratorClient:
        from magic_hour.resources.v1.ai_voice_generator.client import (
            AsyncAiVoiceGeneratorClient,
        )

        return AsyncAiVoiceGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def animation(self) -> AsyncAnimationClient:
        from magic_hour.resources.v1.animation.client import AsyncAnimationClient

        return AsyncAnimationClient(base_client=self._base_client)

    @functools.cached_property
    def audio_projects(self) -> AsyncAudioProjectsClient:
        from magic_hour.resources.v1.audio_projects.client import (
            AsyncAudioProjectsClient,
        )

        return AsyncAudioProjectsClient(base_client=self._base_client)

    @functools.cached_property
    def audio_to_video(self) -> AsyncAudioToVideoClient:
        from magic_hour.resources.v1.audio_to_video.client import (
            AsyncAudioToVideoClient,
        )

        return AsyncAudioToVideoClient(base_client=self._base_client)

    @functools.cached_property
    def auto_subtitle_generator(self) -> AsyncAutoSubtitleGeneratorClient:
        from magic_hour.resources.v1.auto_subtitle_generator.client import (
            AsyncAutoSubtitleGeneratorClient,
        )

        return AsyncAutoSubtitleGeneratorClient(base_client=self._base_client)

    @functools.cached_property
    def body_swap(self) -> AsyncBodySwapClient:
        from magic_hour.resources.v1.body_swap.client import AsyncBodySwapClient

        return AsyncBodySwapClient(base_client=self._base_client)

    @functools.cached_property
    def character_replace(self) -> AsyncCharacterReplaceClient:
        from magic_hour.resources.v1.character_replace.client import (
            AsyncCharacterReplaceClient,
        )

        return AsyncCharacterReplaceClient(base_client=self._base_client)

    @functools.cached_property
    def face_detection(self) -> AsyncFaceDetectionClient:
        from magic_hour.resources.v1.face_detection.client import (
            AsyncFaceDetectionClient,
        )

        return AsyncFaceDetectionClient(base_client=self._base_client)

    @functools.cached_property
    def face_swap(self) -> AsyncFaceSwapClient:
        from magic_hour.resources.v1.face_swap.client import AsyncFaceSwapClient

        return AsyncFaceSwapClient(base_client=self._base_client)

    @functools.cached_property
    def face_swap_photo(self) -> AsyncFaceSwapPhotoClient:
        from magic_hour.resources.v1.face_swap_photo.client import (
            AsyncFaceSwapPhotoClient,
        )

        return AsyncFaceSwapPhotoClient(base_client=self._base_client)

    @functools.cached_property
    def files(self) -> AsyncFilesClient:
        from magic_hour.resources.v1.files.client import AsyncFilesClient

        return AsyncFilesClient(base_client=self._base_client)

    @functools.cached_property
    def head_swap(self) -> AsyncHeadSwapClient:
        from magic_hour.resources.v1.head_swap.client import AsyncHeadSwapClient

        return AsyncHeadSwapClient(base_client=self._base_client)

    @functools.cached_property
    def image_background_remover(self) -> AsyncImageBackgroundRemoverClient:
        from magic_hour.resources.v1.image_background_remover.client import (
            AsyncImageBackgroundRemoverClient,
        )

        return AsyncImageBackgroundRemoverClient(base_client=self._base_client)

    @functools.cached_property
    def image_projects(self) -> AsyncImageProjectsClient:
        from magic_hour.resources.v1.image_projects.client import (
            AsyncImageProjectsClient,
        )

        return AsyncImageProjectsClient(base_client=self._base_client)

    @functools.cached_property
    def image_to_video(self) -> AsyncImageToVideoClient:
        from magic_hour.resources.v1.image_to_video.client import (
            AsyncImageToVideoClient,
        )

        return AsyncImageToVideoClient(base_client=self._base_client)

    @functools.cached_property
    def lip_sync(self) -> AsyncLipSyncClient:
        from magic_hour.resources.v1.lip_sync.client import AsyncLipSyncClient

        return AsyncLipSyncClient(base_client=self._base_client)

    @functools.cached_property
    def photo_colorizer(self) -> AsyncPhotoColorizerClient:
        from magic_hour.resources.v1.photo_colorizer.client import (
            AsyncPhotoColorizerClient,
        )

        return AsyncPhotoColorizerClient(base_client=self._base_client)

    @functools.cached_property
    def text_to_video(self) -> AsyncTextToVideoClient:
        from magic_hour.resources.v1.text_to_video.client import AsyncTextToVideoClient

        return AsyncTextToVideoClient(base_client=self._base_client)

    @functools.cached_property
    def video_projects(self) -> AsyncVideoProjectsClient:
        from magic_hour.resources.v1.video_projects.client import (
            AsyncVideoProjectsClient,
        )

        return AsyncVideoProjectsClient(base_client=self._base_client)

    @functools.cached_property
    def video_to_video(self) -> AsyncVideoToVideoClient:
        from magic_hour.resources.v1.video_to_video.client import (
            AsyncVideoToVideoClient,
        )

        return AsyncVideoToVideoClient(base_client=self._base_client)

    # @custom-begin AsyncV1Client (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncV1Client
