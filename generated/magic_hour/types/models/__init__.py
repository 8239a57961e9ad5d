"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .error401 import Error401 as Error401
    from .error404 import Error404 as Error404
    from .error_message import ErrorMessage as ErrorMessage
    from .v1_ai_clothes_changer_create_response import (
        V1AiClothesChangerCreateResponse as V1AiClothesChangerCreateResponse,
    )
    from .v1_ai_face_editor_create_response import (
        V1AiFaceEditorCreateResponse as V1AiFaceEditorCreateResponse,
    )
    from .v1_ai_gif_generator_create_response import (
        V1AiGifGeneratorCreateResponse as V1AiGifGeneratorCreateResponse,
    )
    from .v1_ai_headshot_generator_create_response import (
        V1AiHeadshotGeneratorCreateResponse as V1AiHeadshotGeneratorCreateResponse,
    )
    from .v1_ai_image_editor_create_response import (
        V1AiImageEditorCreateResponse as V1AiImageEditorCreateResponse,
    )
    from .v1_ai_image_generator_create_response import (
        V1AiImageGeneratorCreateResponse as V1AiImageGeneratorCreateResponse,
    )
    from .v1_ai_image_upscaler_create_response import (
        V1AiImageUpscalerCreateResponse as V1AiImageUpscalerCreateResponse,
    )
    from .v1_ai_meme_generator_create_response import (
        V1AiMemeGeneratorCreateResponse as V1AiMemeGeneratorCreateResponse,
    )
    from .v1_ai_qr_code_generator_create_response import (
        V1AiQrCodeGeneratorCreateResponse as V1AiQrCodeGeneratorCreateResponse,
    )
    from .v1_ai_talking_photo_create_response import (
        V1AiTalkingPhotoCreateResponse as V1AiTalkingPhotoCreateResponse,
    )
    from .v1_ai_video_editor_create_response import (
        V1AiVideoEditorCreateResponse as V1AiVideoEditorCreateResponse,
    )
    from .v1_ai_voice_cloner_create_response import (
        V1AiVoiceClonerCreateResponse as V1AiVoiceClonerCreateResponse,
    )
    from .v1_ai_voice_generator_create_response import (
        V1AiVoiceGeneratorCreateResponse as V1AiVoiceGeneratorCreateResponse,
    )
    from .v1_animation_create_response import (
        V1AnimationCreateResponse as V1AnimationCreateResponse,
    )
    from .v1_audio_projects_get_response import (
        V1AudioProjectsGetResponse as V1AudioProjectsGetResponse,
    )
    from .v1_audio_projects_get_response_downloads_item import (
        V1AudioProjectsGetResponseDownloadsItem as V1AudioProjectsGetResponseDownloadsItem,
    )
    from .v1_audio_projects_get_response_error import (
        V1AudioProjectsGetResponseError as V1AudioProjectsGetResponseError,
    )
    from .v1_audio_projects_get_response_with_downloads import (
        V1AudioProjectsGetResponseWithDownloads as V1AudioProjectsGetResponseWithDownloads,
    )
    from .v1_audio_to_video_create_response import (
        V1AudioToVideoCreateResponse as V1AudioToVideoCreateResponse,
    )
    from .v1_auto_subtitle_generator_create_response import (
        V1AutoSubtitleGeneratorCreateResponse as V1AutoSubtitleGeneratorCreateResponse,
    )
    from .v1_body_swap_create_response import (
        V1BodySwapCreateResponse as V1BodySwapCreateResponse,
    )
    from .v1_character_replace_create_response import (
        V1CharacterReplaceCreateResponse as V1CharacterReplaceCreateResponse,
    )
    from .v1_face_detection_create_response import (
        V1FaceDetectionCreateResponse as V1FaceDetectionCreateResponse,
    )
    from .v1_face_detection_get_response import (
        V1FaceDetectionGetResponse as V1FaceDetectionGetResponse,
    )
    from .v1_face_detection_get_response_faces_item import (
        V1FaceDetectionGetResponseFacesItem as V1FaceDetectionGetResponseFacesItem,
    )
    from .v1_face_detection_get_response_with_downloads import (
        V1FaceDetectionGetResponseWithDownloads as V1FaceDetectionGetResponseWithDownloads,
    )
    from .v1_face_swap_create_response import (
        V1FaceSwapCreateResponse as V1FaceSwapCreateResponse,
    )
    from .v1_face_swap_photo_create_response import (
        V1FaceSwapPhotoCreateResponse as V1FaceSwapPhotoCreateResponse,
    )
    from .v1_files_upload_urls_create_response import (
        V1FilesUploadUrlsCreateResponse as V1FilesUploadUrlsCreateResponse,
    )
    from .v1_files_upload_urls_create_response_items_item import (
        V1FilesUploadUrlsCreateResponseItemsItem as V1FilesUploadUrlsCreateResponseItemsItem,
    )
    from .v1_head_swap_create_response import (
        V1HeadSwapCreateResponse as V1HeadSwapCreateResponse,
    )
    from .v1_image_background_remover_create_response import (
        V1ImageBackgroundRemoverCreateResponse as V1ImageBackgroundRemoverCreateResponse,
    )
    from .v1_image_projects_get_response import (
        V1ImageProjectsGetResponse as V1ImageProjectsGetResponse,
    )
    from .v1_image_projects_get_response_downloads_item import (
        V1ImageProjectsGetResponseDownloadsItem as V1ImageProjectsGetResponseDownloadsItem,
    )
    from .v1_image_projects_get_response_error import (
        V1ImageProjectsGetResponseError as V1ImageProjectsGetResponseError,
    )
    from .v1_image_projects_get_response_with_downloads import (
        V1ImageProjectsGetResponseWithDownloads as V1ImageProjectsGetResponseWithDownloads,
    )
    from .v1_image_to_video_create_response import (
        V1ImageToVideoCreateResponse as V1ImageToVideoCreateResponse,
    )
    from .v1_lip_sync_create_response import (
        V1LipSyncCreateResponse as V1LipSyncCreateResponse,
    )
    from .v1_photo_colorizer_create_response import (
        V1PhotoColorizerCreateResponse as V1PhotoColorizerCreateResponse,
    )
    from .v1_text_to_video_create_response import (
        V1TextToVideoCreateResponse as V1TextToVideoCreateResponse,
    )
    from .v1_video_projects_get_response import (
        V1VideoProjectsGetResponse as V1VideoProjectsGetResponse,
    )
    from .v1_video_projects_get_response_downloads_item import (
        V1VideoProjectsGetResponseDownloadsItem as V1VideoProjectsGetResponseDownloadsItem,
    )
    from .v1_video_projects_get_response_error import (
        V1VideoProjectsGetResponseError as V1VideoProjectsGetResponseError,
    )
    from .v1_video_projects_get_response_with_downloads import (
        V1VideoProjectsGetResponseWithDownloads as V1VideoProjectsGetResponseWithDownloads,
    )
    from .v1_video_to_video_create_response import (
        V1VideoToVideoCreateResponse as V1VideoToVideoCreateResponse,
    )

__all__ = [
    "Error401",
    "Error404",
    "ErrorMessage",
    "V1AiClothesChangerCreateResponse",
    "V1AiFaceEditorCreateResponse",
    "V1AiGifGeneratorCreateResponse",
    "V1AiHeadshotGeneratorCreateResponse",
    "V1AiImageEditorCreateResponse",
    "V1AiImageGeneratorCreateResponse",
    "V1AiImageUpscalerCreateResponse",
    "V1AiMemeGeneratorCreateResponse",
    "V1AiQrCodeGeneratorCreateResponse",
    "V1AiTalkingPhotoCreateResponse",
    "V1AiVideoEditorCreateResponse",
    "V1AiVoiceClonerCreateResponse",
    "V1AiVoiceGeneratorCreateResponse",
    "V1AnimationCreateResponse",
    "V1AudioProjectsGetResponse",
    "V1AudioProjectsGetResponseDownloadsItem",
    "V1AudioProjectsGetResponseError",
    "V1AudioProjectsGetResponseWithDownloads",
    "V1AudioToVideoCreateResponse",
    "V1AutoSubtitleGeneratorCreateResponse",
    "V1BodySwapCreateResponse",
    "V1CharacterReplaceCreateResponse",
    "V1FaceDetectionCreateResponse",
    "V1FaceDetectionGetResponse",
    "V1FaceDetectionGetResponseFacesItem",
    "V1FaceDetectionGetResponseWithDownloads",
    "V1FaceSwapCreateResponse",
    "V1FaceSwapPhotoCreateResponse",
    "V1FilesUploadUrlsCreateResponse",
    "V1FilesUploadUrlsCreateResponseItemsItem",
    "V1HeadSwapCreateResponse",
    "V1ImageBackgroundRemoverCreateResponse",
    "V1ImageProjectsGetResponse",
    "V1ImageProjectsGetResponseDownloadsItem",
    "V1ImageProjectsGetResponseError",
    "V1ImageProjectsGetResponseWithDownloads",
    "V1ImageToVideoCreateResponse",
    "V1LipSyncCreateResponse",
    "V1PhotoColorizerCreateResponse",
    "V1TextToVideoCreateResponse",
    "V1VideoProjectsGetResponse",
    "V1VideoProjectsGetResponseDownloadsItem",
    "V1VideoProjectsGetResponseError",
    "V1VideoProjectsGetResponseWithDownloads",
    "V1VideoToVideoCreateResponse",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Error401": ".error401",
            "Error404": ".error404",
            "ErrorMessage": ".error_message",
            "V1AiClothesChangerCreateResponse": ".v1_ai_clothes_changer_create_response",
            "V1AiFaceEditorCreateResponse": ".v1_ai_face_editor_create_response",
            "V1AiGifGeneratorCreateResponse": ".v1_ai_gif_generator_create_response",
            "V1AiHeadshotGeneratorCreateResponse": ".v1_ai_headshot_generator_create_response",
            "V1AiImageEditorCreateResponse": ".v1_ai_image_editor_create_response",
            "V1AiImageGeneratorCreateResponse": ".v1_ai_image_generator_create_response",
            "V1AiImageUpscalerCreateResponse": ".v1_ai_image_upscaler_create_response",
            "V1AiMemeGeneratorCreateResponse": ".v1_ai_meme_generator_create_response",
            "V1AiQrCodeGeneratorCreateResponse": ".v1_ai_qr_code_generator_create_response",
            "V1AiTalkingPhotoCreateResponse": ".v1_ai_talking_photo_create_response",
            "V1AiVideoEditorCreateResponse": ".v1_ai_video_editor_create_response",
            "V1AiVoiceClonerCreateResponse": ".v1_ai_voice_cloner_create_response",
            "V1AiVoiceGeneratorCreateResponse": ".v1_ai_voice_generator_create_response",
            "V1AnimationCreateResponse": ".v1_animation_create_response",
            "V1AudioProjectsGetResponse": ".v1_audio_projects_get_response",
            "V1AudioProjectsGetResponseDownloadsItem": ".v1_audio_projects_get_response_downloads_item",
            "V1AudioProjectsGetResponseError": ".v1_audio_projects_get_response_error",
            "V1AudioProjectsGetResponseWithDownloads": ".v1_audio_projects_get_response_with_downloads",
            "V1AudioToVideoCreateResponse": ".v1_audio_to_video_create_response",
            "V1AutoSubtitleGeneratorCreateResponse": ".v1_auto_subtitle_generator_create_response",
            "V1BodySwapCreateResponse": ".v1_body_swap_create_response",
            "V1CharacterReplaceCreateResponse": ".v1_character_replace_create_response",
            "V1FaceDetectionCreateResponse": ".v1_face_detection_create_response",
            "V1FaceDetectionGetResponse": ".v1_face_detection_get_response",
            "V1FaceDetectionGetResponseFacesItem": ".v1_face_detection_get_response_faces_item",
            "V1FaceDetectionGetResponseWithDownloads": ".v1_face_detection_get_response_with_downloads",
            "V1FaceSwapCreateResponse": ".v1_face_swap_create_response",
            "V1FaceSwapPhotoCreateResponse": ".v1_face_swap_photo_create_response",
            "V1FilesUploadUrlsCreateResponse": ".v1_files_upload_urls_create_response",
            "V1FilesUploadUrlsCreateResponseItemsItem": ".v1_files_upload_urls_create_response_items_item",
            "V1HeadSwapCreateResponse": ".v1_head_swap_create_response",
            "V1ImageBackgroundRemoverCreateResponse": ".v1_image_background_remover_create_response",
            "V1ImageProjectsGetResponse": ".v1_image_projects_get_response",
            "V1ImageProjectsGetResponseDownloadsItem": ".v1_image_projects_get_response_downloads_item",
            "V1ImageProjectsGetResponseError": ".v1_image_projects_get_response_error",
            "V1ImageProjectsGetResponseWithDownloads": ".v1_image_projects_get_response_with_downloads",
            "V1ImageToVideoCreateResponse": ".v1_image_to_video_create_response",
            "V1LipSyncCreateResponse": ".v1_lip_sync_create_response",
            "V1PhotoColorizerCreateResponse": ".v1_photo_colorizer_create_response",
            "V1TextToVideoCreateResponse": ".v1_text_to_video_create_response",
            "V1VideoProjectsGetResponse": ".v1_video_projects_get_response",
            "V1VideoProjectsGetResponseDownloadsItem": ".v1_video_projects_get_response_downloads_item",
            "V1VideoProjectsGetResponseError": ".v1_video_projects_get_response_error",
            "V1VideoProjectsGetResponseWithDownloads": ".v1_video_projects_get_response_with_downloads",
            "V1VideoToVideoCreateResponse": ".v1_video_to_video_create_response",
        },
    )
