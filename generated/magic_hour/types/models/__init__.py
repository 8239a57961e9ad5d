"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .v1_ai_clothes_changer_create_response import (
        V1AiClothesChangerCreateResponse as V1AiClothesChangerCreateResponse,
    )
    from .v1_ai_clothes_changer_create_response400 import (
        V1AiClothesChangerCreateResponse400 as V1AiClothesChangerCreateResponse400,
    )
    from .v1_ai_clothes_changer_create_response401 import (
        V1AiClothesChangerCreateResponse401 as V1AiClothesChangerCreateResponse401,
    )
    from .v1_ai_clothes_changer_create_response402 import (
        V1AiClothesChangerCreateResponse402 as V1AiClothesChangerCreateResponse402,
    )
    from .v1_ai_clothes_changer_create_response404 import (
        V1AiClothesChangerCreateResponse404 as V1AiClothesChangerCreateResponse404,
    )
    from .v1_ai_clothes_changer_create_response422 import (
        V1AiClothesChangerCreateResponse422 as V1AiClothesChangerCreateResponse422,
    )
    from .v1_ai_face_editor_create_response import (
        V1AiFaceEditorCreateResponse as V1AiFaceEditorCreateResponse,
    )
    from .v1_ai_face_editor_create_response400 import (
        V1AiFaceEditorCreateResponse400 as V1AiFaceEditorCreateResponse400,
    )
    from .v1_ai_face_editor_create_response401 import (
        V1AiFaceEditorCreateResponse401 as V1AiFaceEditorCreateResponse401,
    )
    from .v1_ai_face_editor_create_response402 import (
        V1AiFaceEditorCreateResponse402 as V1AiFaceEditorCreateResponse402,
    )
    from .v1_ai_face_editor_create_response404 import (
        V1AiFaceEditorCreateResponse404 as V1AiFaceEditorCreateResponse404,
    )
    from .v1_ai_face_editor_create_response422 import (
        V1AiFaceEditorCreateResponse422 as V1AiFaceEditorCreateResponse422,
    )
    from .v1_ai_gif_generator_create_response import (
        V1AiGifGeneratorCreateResponse as V1AiGifGeneratorCreateResponse,
    )
    from .v1_ai_gif_generator_create_response400 import (
        V1AiGifGeneratorCreateResponse400 as V1AiGifGeneratorCreateResponse400,
    )
    from .v1_ai_gif_generator_create_response401 import (
        V1AiGifGeneratorCreateResponse401 as V1AiGifGeneratorCreateResponse401,
    )
    from .v1_ai_gif_generator_create_response402 import (
        V1AiGifGeneratorCreateResponse402 as V1AiGifGeneratorCreateResponse402,
    )
    from .v1_ai_gif_generator_create_response404 import (
        V1AiGifGeneratorCreateResponse404 as V1AiGifGeneratorCreateResponse404,
    )
    from .v1_ai_gif_generator_create_response422 import (
        V1AiGifGeneratorCreateResponse422 as V1AiGifGeneratorCreateResponse422,
    )
    from .v1_ai_headshot_generator_create_response import (
        V1AiHeadshotGeneratorCreateResponse as V1AiHeadshotGeneratorCreateResponse,
    )
    from .v1_ai_headshot_generator_create_response400 import (
        V1AiHeadshotGeneratorCreateResponse400 as V1AiHeadshotGeneratorCreateResponse400,
    )
    from .v1_ai_headshot_generator_create_response401 import (
        V1AiHeadshotGeneratorCreateResponse401 as V1AiHeadshotGeneratorCreateResponse401,
    )
    from .v1_ai_headshot_generator_create_response402 import (
        V1AiHeadshotGeneratorCreateResponse402 as V1AiHeadshotGeneratorCreateResponse402,
    )
    from .v1_ai_headshot_generator_create_response404 import (
        V1AiHeadshotGeneratorCreateResponse404 as V1AiHeadshotGeneratorCreateResponse404,
    )
    from .v1_ai_headshot_generator_create_response422 import (
        V1AiHeadshotGeneratorCreateResponse422 as V1AiHeadshotGeneratorCreateResponse422,
    )
    from .v1_ai_image_editor_create_response import (
        V1AiImageEditorCreateResponse as V1AiImageEditorCreateResponse,
    )
    from .v1_ai_image_editor_create_response400 import (
        V1AiImageEditorCreateResponse400 as V1AiImageEditorCreateResponse400,
    )
    from .v1_ai_image_editor_create_response401 import (
        V1AiImageEditorCreateResponse401 as V1AiImageEditorCreateResponse401,
    )
    from .v1_ai_image_editor_create_response402 import (
        V1AiImageEditorCreateResponse402 as V1AiImageEditorCreateResponse402,
    )
    from .v1_ai_image_editor_create_response404 import (
        V1AiImageEditorCreateResponse404 as V1AiImageEditorCreateResponse404,
    )
    from .v1_ai_image_editor_create_response422 import (
        V1AiImageEditorCreateResponse422 as V1AiImageEditorCreateResponse422,
    )
    from .v1_ai_image_generator_create_response import (
        V1AiImageGeneratorCreateResponse as V1AiImageGeneratorCreateResponse,
    )
    from .v1_ai_image_generator_create_response400 import (
        V1AiImageGeneratorCreateResponse400 as V1AiImageGeneratorCreateResponse400,
    )
    from .v1_ai_image_generator_create_response401 import (
        V1AiImageGeneratorCreateResponse401 as V1AiImageGeneratorCreateResponse401,
    )
    from .v1_ai_image_generator_create_response402 import (
        V1AiImageGeneratorCreateResponse402 as V1AiImageGeneratorCreateResponse402,
    )
    from .v1_ai_image_generator_create_response404 import (
        V1AiImageGeneratorCreateResponse404 as V1AiImageGeneratorCreateResponse404,
    )
    from .v1_ai_image_generator_create_response422 import (
        V1AiImageGeneratorCreateResponse422 as V1AiImageGeneratorCreateResponse422,
    )
    from .v1_ai_image_upscaler_create_response import (
        V1AiImageUpscalerCreateResponse as V1AiImageUpscalerCreateResponse,
    )
    from .v1_ai_image_upscaler_create_response400 import (
        V1AiImageUpscalerCreateResponse400 as V1AiImageUpscalerCreateResponse400,
    )
    from .v1_ai_image_upscaler_create_response401 import (
        V1AiImageUpscalerCreateResponse401 as V1AiImageUpscalerCreateResponse401,
    )
    from .v1_ai_image_upscaler_create_response402 import (
        V1AiImageUpscalerCreateResponse402 as V1AiImageUpscalerCreateResponse402,
    )
    from .v1_ai_image_upscaler_create_response404 import (
        V1AiImageUpscalerCreateResponse404 as V1AiImageUpscalerCreateResponse404,
    )
    from .v1_ai_image_upscaler_create_response422 import (
        V1AiImageUpscalerCreateResponse422 as V1AiImageUpscalerCreateResponse422,
    )
    from .v1_ai_meme_generator_create_response import (
        V1AiMemeGeneratorCreateResponse as V1AiMemeGeneratorCreateResponse,
    )
    from .v1_ai_meme_generator_create_response400 import (
        V1AiMemeGeneratorCreateResponse400 as V1AiMemeGeneratorCreateResponse400,
    )
    from .v1_ai_meme_generator_create_response401 import (
        V1AiMemeGeneratorCreateResponse401 as V1AiMemeGeneratorCreateResponse401,
    )
    from .v1_ai_meme_generator_create_response402 import (
        V1AiMemeGeneratorCreateResponse402 as V1AiMemeGeneratorCreateResponse402,
    )
    from .v1_ai_meme_generator_create_response404 import (
        V1AiMemeGeneratorCreateResponse404 as V1AiMemeGeneratorCreateResponse404,
    )
    from .v1_ai_meme_generator_create_response422 import (
        V1AiMemeGeneratorCreateResponse422 as V1AiMemeGeneratorCreateResponse422,
    )
    from .v1_ai_qr_code_generator_create_response import (
        V1AiQrCodeGeneratorCreateResponse as V1AiQrCodeGeneratorCreateResponse,
    )
    from .v1_ai_qr_code_generator_create_response400 import (
        V1AiQrCodeGeneratorCreateResponse400 as V1AiQrCodeGeneratorCreateResponse400,
    )
    from .v1_ai_qr_code_generator_create_response401 import (
        V1AiQrCodeGeneratorCreateResponse401 as V1AiQrCodeGeneratorCreateResponse401,
    )
    from .v1_ai_qr_code_generator_create_response402 import (
        V1AiQrCodeGeneratorCreateResponse402 as V1AiQrCodeGeneratorCreateResponse402,
    )
    from .v1_ai_qr_code_generator_create_response404 import (
        V1AiQrCodeGeneratorCreateResponse404 as V1AiQrCodeGeneratorCreateResponse404,
    )
    from .v1_ai_qr_code_generator_create_response422 import (
        V1AiQrCodeGeneratorCreateResponse422 as V1AiQrCodeGeneratorCreateResponse422,
    )
    from .v1_ai_talking_photo_create_response import (
        V1AiTalkingPhotoCreateResponse as V1AiTalkingPhotoCreateResponse,
    )
    from .v1_ai_talking_photo_create_response400 import (
        V1AiTalkingPhotoCreateResponse400 as V1AiTalkingPhotoCreateResponse400,
    )
    from .v1_ai_talking_photo_create_response401 import (
        V1AiTalkingPhotoCreateResponse401 as V1AiTalkingPhotoCreateResponse401,
    )
    from .v1_ai_talking_photo_create_response402 import (
        V1AiTalkingPhotoCreateResponse402 as V1AiTalkingPhotoCreateResponse402,
    )
    from .v1_ai_talking_photo_create_response404 import (
        V1AiTalkingPhotoCreateResponse404 as V1AiTalkingPhotoCreateResponse404,
    )
    from .v1_ai_talking_photo_create_response422 import (
        V1AiTalkingPhotoCreateResponse422 as V1AiTalkingPhotoCreateResponse422,
    )
    from .v1_ai_video_editor_create_response import (
        V1AiVideoEditorCreateResponse as V1AiVideoEditorCreateResponse,
    )
    from .v1_ai_video_editor_create_response400 import (
        V1AiVideoEditorCreateResponse400 as V1AiVideoEditorCreateResponse400,
    )
    from .v1_ai_video_editor_create_response401 import (
        V1AiVideoEditorCreateResponse401 as V1AiVideoEditorCreateResponse401,
    )
    from .v1_ai_video_editor_create_response402 import (
        V1AiVideoEditorCreateResponse402 as V1AiVideoEditorCreateResponse402,
    )
    from .v1_ai_video_editor_create_response404 import (
        V1AiVideoEditorCreateResponse404 as V1AiVideoEditorCreateResponse404,
    )
    from .v1_ai_video_editor_create_response422 import (
        V1AiVideoEditorCreateResponse422 as V1AiVideoEditorCreateResponse422,
    )
    from .v1_ai_voice_cloner_create_response import (
        V1AiVoiceClonerCreateResponse as V1AiVoiceClonerCreateResponse,
    )
    from .v1_ai_voice_cloner_create_response400 import (
        V1AiVoiceClonerCreateResponse400 as V1AiVoiceClonerCreateResponse400,
    )
    from .v1_ai_voice_cloner_create_response401 import (
        V1AiVoiceClonerCreateResponse401 as V1AiVoiceClonerCreateResponse401,
    )
    from .v1_ai_voice_cloner_create_response402 import (
        V1AiVoiceClonerCreateResponse402 as V1AiVoiceClonerCreateResponse402,
    )
    from .v1_ai_voice_cloner_create_response404 import (
        V1AiVoiceClonerCreateResponse404 as V1AiVoiceClonerCreateResponse404,
    )
    from .v1_ai_voice_cloner_create_response422 import (
        V1AiVoiceClonerCreateResponse422 as V1AiVoiceClonerCreateResponse422,
    )
    from .v1_ai_voice_generator_create_response import (
        V1AiVoiceGeneratorCreateResponse as V1AiVoiceGeneratorCreateResponse,
    )
    from .v1_ai_voice_generator_create_response400 import (
        V1AiVoiceGeneratorCreateResponse400 as V1AiVoiceGeneratorCreateResponse400,
    )
    from .v1_ai_voice_generator_create_response401 import (
        V1AiVoiceGeneratorCreateResponse401 as V1AiVoiceGeneratorCreateResponse401,
    )
    from .v1_ai_voice_generator_create_response402 import (
        V1AiVoiceGeneratorCreateResponse402 as V1AiVoiceGeneratorCreateResponse402,
    )
    from .v1_ai_voice_generator_create_response404 import (
        V1AiVoiceGeneratorCreateResponse404 as V1AiVoiceGeneratorCreateResponse404,
    )
    from .v1_ai_voice_generator_create_response422 import (
        V1AiVoiceGeneratorCreateResponse422 as V1AiVoiceGeneratorCreateResponse422,
    )
    from .v1_animation_create_response import (
        V1AnimationCreateResponse as V1AnimationCreateResponse,
    )
    from .v1_animation_create_response400 import (
        V1AnimationCreateResponse400 as V1AnimationCreateResponse400,
    )
    from .v1_animation_create_response401 import (
        V1AnimationCreateResponse401 as V1AnimationCreateResponse401,
    )
    from .v1_animation_create_response402 import (
        V1AnimationCreateResponse402 as V1AnimationCreateResponse402,
    )
    from .v1_animation_create_response404 import (
        V1AnimationCreateResponse404 as V1AnimationCreateResponse404,
    )
    from .v1_animation_create_response422 import (
        V1AnimationCreateResponse422 as V1AnimationCreateResponse422,
    )
    from .v1_audio_projects_delete_response400 import (
        V1AudioProjectsDeleteResponse400 as V1AudioProjectsDeleteResponse400,
    )
    from .v1_audio_projects_delete_response401 import (
        V1AudioProjectsDeleteResponse401 as V1AudioProjectsDeleteResponse401,
    )
    from .v1_audio_projects_delete_response402 import (
        V1AudioProjectsDeleteResponse402 as V1AudioProjectsDeleteResponse402,
    )
    from .v1_audio_projects_delete_response404 import (
        V1AudioProjectsDeleteResponse404 as V1AudioProjectsDeleteResponse404,
    )
    from .v1_audio_projects_get_response import (
        V1AudioProjectsGetResponse as V1AudioProjectsGetResponse,
    )
    from .v1_audio_projects_get_response400 import (
        V1AudioProjectsGetResponse400 as V1AudioProjectsGetResponse400,
    )
    from .v1_audio_projects_get_response401 import (
        V1AudioProjectsGetResponse401 as V1AudioProjectsGetResponse401,
    )
    from .v1_audio_projects_get_response402 import (
        V1AudioProjectsGetResponse402 as V1AudioProjectsGetResponse402,
    )
    from .v1_audio_projects_get_response404 import (
        V1AudioProjectsGetResponse404 as V1AudioProjectsGetResponse404,
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
    from .v1_audio_to_video_create_response400 import (
        V1AudioToVideoCreateResponse400 as V1AudioToVideoCreateResponse400,
    )
    from .v1_audio_to_video_create_response401 import (
        V1AudioToVideoCreateResponse401 as V1AudioToVideoCreateResponse401,
    )
    from .v1_audio_to_video_create_response402 import (
        V1AudioToVideoCreateResponse402 as V1AudioToVideoCreateResponse402,
    )
    from .v1_audio_to_video_create_response404 import (
        V1AudioToVideoCreateResponse404 as V1AudioToVideoCreateResponse404,
    )
    from .v1_audio_to_video_create_response422 import (
        V1AudioToVideoCreateResponse422 as V1AudioToVideoCreateResponse422,
    )
    from .v1_auto_subtitle_generator_create_response import (
        V1AutoSubtitleGeneratorCreateResponse as V1AutoSubtitleGeneratorCreateResponse,
    )
    from .v1_auto_subtitle_generator_create_response400 import (
        V1AutoSubtitleGeneratorCreateResponse400 as V1AutoSubtitleGeneratorCreateResponse400,
    )
    from .v1_auto_subtitle_generator_create_response401 import (
        V1AutoSubtitleGeneratorCreateResponse401 as V1AutoSubtitleGeneratorCreateResponse401,
    )
    from .v1_auto_subtitle_generator_create_response402 import (
        V1AutoSubtitleGeneratorCreateResponse402 as V1AutoSubtitleGeneratorCreateResponse402,
    )
    from .v1_auto_subtitle_generator_create_response404 import (
        V1AutoSubtitleGeneratorCreateResponse404 as V1AutoSubtitleGeneratorCreateResponse404,
    )
    from .v1_auto_subtitle_generator_create_response422 import (
        V1AutoSubtitleGeneratorCreateResponse422 as V1AutoSubtitleGeneratorCreateResponse422,
    )
    from .v1_body_swap_create_response import (
        V1BodySwapCreateResponse as V1BodySwapCreateResponse,
    )
    from .v1_body_swap_create_response400 import (
        V1BodySwapCreateResponse400 as V1BodySwapCreateResponse400,
    )
    from .v1_body_swap_create_response401 import (
        V1BodySwapCreateResponse401 as V1BodySwapCreateResponse401,
    )
    from .v1_body_swap_create_response402 import (
        V1BodySwapCreateResponse402 as V1BodySwapCreateResponse402,
    )
    from .v1_body_swap_create_response404 import (
        V1BodySwapCreateResponse404 as V1BodySwapCreateResponse404,
    )
    from .v1_body_swap_create_response422 import (
        V1BodySwapCreateResponse422 as V1BodySwapCreateResponse422,
    )
    from .v1_character_replace_create_response import (
        V1CharacterReplaceCreateResponse as V1CharacterReplaceCreateResponse,
    )
    from .v1_character_replace_create_response400 import (
        V1CharacterReplaceCreateResponse400 as V1CharacterReplaceCreateResponse400,
    )
    from .v1_character_replace_create_response401 import (
        V1CharacterReplaceCreateResponse401 as V1CharacterReplaceCreateResponse401,
    )
    from .v1_character_replace_create_response402 import (
        V1CharacterReplaceCreateResponse402 as V1CharacterReplaceCreateResponse402,
    )
    from .v1_character_replace_create_response404 import (
        V1CharacterReplaceCreateResponse404 as V1CharacterReplaceCreateResponse404,
    )
    from .v1_character_replace_create_response422 import (
        V1CharacterReplaceCreateResponse422 as V1CharacterReplaceCreateResponse422,
    )
    from .v1_face_detection_create_response import (
        V1FaceDetectionCreateResponse as V1FaceDetectionCreateResponse,
    )
    from .v1_face_detection_create_response400 import (
        V1FaceDetectionCreateResponse400 as V1FaceDetectionCreateResponse400,
    )
    from .v1_face_detection_create_response401 import (
        V1FaceDetectionCreateResponse401 as V1FaceDetectionCreateResponse401,
    )
    from .v1_face_detection_create_response402 import (
        V1FaceDetectionCreateResponse402 as V1FaceDetectionCreateResponse402,
    )
    from .v1_face_detection_create_response404 import (
        V1FaceDetectionCreateResponse404 as V1FaceDetectionCreateResponse404,
    )
    from .v1_face_detection_create_response422 import (
        V1FaceDetectionCreateResponse422 as V1FaceDetectionCreateResponse422,
    )
    from .v1_face_detection_get_response import (
        V1FaceDetectionGetResponse as V1FaceDetectionGetResponse,
    )
    from .v1_face_detection_get_response400 import (
        V1FaceDetectionGetResponse400 as V1FaceDetectionGetResponse400,
    )
    from .v1_face_detection_get_response401 import (
        V1FaceDetectionGetResponse401 as V1FaceDetectionGetResponse401,
    )
    from .v1_face_detection_get_response402 import (
        V1FaceDetectionGetResponse402 as V1FaceDetectionGetResponse402,
    )
    from .v1_face_detection_get_response404 import (
        V1FaceDetectionGetResponse404 as V1FaceDetectionGetResponse404,
    )
    from .v1_face_detection_get_response422 import (
        V1FaceDetectionGetResponse422 as V1FaceDetectionGetResponse422,
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
    from .v1_face_swap_create_response400 import (
        V1FaceSwapCreateResponse400 as V1FaceSwapCreateResponse400,
    )
    from .v1_face_swap_create_response401 import (
        V1FaceSwapCreateResponse401 as V1FaceSwapCreateResponse401,
    )
    from .v1_face_swap_create_response402 import (
        V1FaceSwapCreateResponse402 as V1FaceSwapCreateResponse402,
    )
    from .v1_face_swap_create_response404 import (
        V1FaceSwapCreateResponse404 as V1FaceSwapCreateResponse404,
    )
    from .v1_face_swap_create_response422 import (
        V1FaceSwapCreateResponse422 as V1FaceSwapCreateResponse422,
    )
    from .v1_face_swap_photo_create_response import (
        V1FaceSwapPhotoCreateResponse as V1FaceSwapPhotoCreateResponse,
    )
    from .v1_face_swap_photo_create_response400 import (
        V1FaceSwapPhotoCreateResponse400 as V1FaceSwapPhotoCreateResponse400,
    )
    from .v1_face_swap_photo_create_response401 import (
        V1FaceSwapPhotoCreateResponse401 as V1FaceSwapPhotoCreateResponse401,
    )
    from .v1_face_swap_photo_create_response402 import (
        V1FaceSwapPhotoCreateResponse402 as V1FaceSwapPhotoCreateResponse402,
    )
    from .v1_face_swap_photo_create_response404 import (
        V1FaceSwapPhotoCreateResponse404 as V1FaceSwapPhotoCreateResponse404,
    )
    from .v1_face_swap_photo_create_response422 import (
        V1FaceSwapPhotoCreateResponse422 as V1FaceSwapPhotoCreateResponse422,
    )
    from .v1_files_upload_urls_create_response import (
        V1FilesUploadUrlsCreateResponse as V1FilesUploadUrlsCreateResponse,
    )
    from .v1_files_upload_urls_create_response400 import (
        V1FilesUploadUrlsCreateResponse400 as V1FilesUploadUrlsCreateResponse400,
    )
    from .v1_files_upload_urls_create_response401 import (
        V1FilesUploadUrlsCreateResponse401 as V1FilesUploadUrlsCreateResponse401,
    )
    from .v1_files_upload_urls_create_response402 import (
        V1FilesUploadUrlsCreateResponse402 as V1FilesUploadUrlsCreateResponse402,
    )
    from .v1_files_upload_urls_create_response404 import (
        V1FilesUploadUrlsCreateResponse404 as V1FilesUploadUrlsCreateResponse404,
    )
    from .v1_files_upload_urls_create_response422 import (
        V1FilesUploadUrlsCreateResponse422 as V1FilesUploadUrlsCreateResponse422,
    )
    from .v1_files_upload_urls_create_response_items_item import (
        V1FilesUploadUrlsCreateResponseItemsItem as V1FilesUploadUrlsCreateResponseItemsItem,
    )
    from .v1_head_swap_create_response import (
        V1HeadSwapCreateResponse as V1HeadSwapCreateResponse,
    )
    from .v1_head_swap_create_response400 import (
        V1HeadSwapCreateResponse400 as V1HeadSwapCreateResponse400,
    )
    from .v1_head_swap_create_response401 import (
        V1HeadSwapCreateResponse401 as V1HeadSwapCreateResponse401,
    )
    from .v1_head_swap_create_response402 import (
        V1HeadSwapCreateResponse402 as V1HeadSwapCreateResponse402,
    )
    from .v1_head_swap_create_response404 import (
        V1HeadSwapCreateResponse404 as V1HeadSwapCreateResponse404,
    )
    from .v1_head_swap_create_response422 import (
        V1HeadSwapCreateResponse422 as V1HeadSwapCreateResponse422,
    )
    from .v1_image_background_remover_create_response import (
        V1ImageBackgroundRemoverCreateResponse as V1ImageBackgroundRemoverCreateResponse,
    )
    from .v1_image_background_remover_create_response400 import (
        V1ImageBackgroundRemoverCreateResponse400 as V1ImageBackgroundRemoverCreateResponse400,
    )
    from .v1_image_background_remover_create_response401 import (
        V1ImageBackgroundRemoverCreateResponse401 as V1ImageBackgroundRemoverCreateResponse401,
    )
    from .v1_image_background_remover_create_response402 import (
        V1ImageBackgroundRemoverCreateResponse402 as V1ImageBackgroundRemoverCreateResponse402,
    )
    from .v1_image_background_remover_create_response404 import (
        V1ImageBackgroundRemoverCreateResponse404 as V1ImageBackgroundRemoverCreateResponse404,
    )
    from .v1_image_background_remover_create_response422 import (
        V1ImageBackgroundRemoverCreateResponse422 as V1ImageBackgroundRemoverCreateResponse422,
    )
    from .v1_image_projects_delete_response400 import (
        V1ImageProjectsDeleteResponse400 as V1ImageProjectsDeleteResponse400,
    )
    from .v1_image_projects_delete_response401 import (
        V1ImageProjectsDeleteResponse401 as V1ImageProjectsDeleteResponse401,
    )
    from .v1_image_projects_delete_response402 import (
        V1ImageProjectsDeleteResponse402 as V1ImageProjectsDeleteResponse402,
    )
    from .v1_image_projects_delete_response404 import (
        V1ImageProjectsDeleteResponse404 as V1ImageProjectsDeleteResponse404,
    )
    from .v1_image_projects_get_response import (
        V1ImageProjectsGetResponse as V1ImageProjectsGetResponse,
    )
    from .v1_image_projects_get_response400 import (
        V1ImageProjectsGetResponse400 as V1ImageProjectsGetResponse400,
    )
    from .v1_image_projects_get_response401 import (
        V1ImageProjectsGetResponse401 as V1ImageProjectsGetResponse401,
    )
    from .v1_image_projects_get_response402 import (
        V1ImageProjectsGetResponse402 as V1ImageProjectsGetResponse402,
    )
    from .v1_image_projects_get_response404 import (
        V1ImageProjectsGetResponse404 as V1ImageProjectsGetResponse404,
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
    from .v1_image_to_video_create_response400 import (
        V1ImageToVideoCreateResponse400 as V1ImageToVideoCreateResponse400,
    )
    from .v1_image_to_video_create_response401 import (
        V1ImageToVideoCreateResponse401 as V1ImageToVideoCreateResponse401,
    )
    from .v1_image_to_video_create_response402 import (
        V1ImageToVideoCreateResponse402 as V1ImageToVideoCreateResponse402,
    )
    from .v1_image_to_video_create_response404 import (
        V1ImageToVideoCreateResponse404 as V1ImageToVideoCreateResponse404,
    )
    from .v1_image_to_video_create_response422 import (
        V1ImageToVideoCreateResponse422 as V1ImageToVideoCreateResponse422,
    )
    from .v1_lip_sync_create_response import (
        V1LipSyncCreateResponse as V1LipSyncCreateResponse,
    )
    from .v1_lip_sync_create_response400 import (
        V1LipSyncCreateResponse400 as V1LipSyncCreateResponse400,
    )
    from .v1_lip_sync_create_response401 import (
        V1LipSyncCreateResponse401 as V1LipSyncCreateResponse401,
    )
    from .v1_lip_sync_create_response402 import (
        V1LipSyncCreateResponse402 as V1LipSyncCreateResponse402,
    )
    from .v1_lip_sync_create_response404 import (
        V1LipSyncCreateResponse404 as V1LipSyncCreateResponse404,
    )
    from .v1_lip_sync_create_response422 import (
        V1LipSyncCreateResponse422 as V1LipSyncCreateResponse422,
    )
    from .v1_photo_colorizer_create_response import (
        V1PhotoColorizerCreateResponse as V1PhotoColorizerCreateResponse,
    )
    from .v1_photo_colorizer_create_response400 import (
        V1PhotoColorizerCreateResponse400 as V1PhotoColorizerCreateResponse400,
    )
    from .v1_photo_colorizer_create_response401 import (
        V1PhotoColorizerCreateResponse401 as V1PhotoColorizerCreateResponse401,
    )
    from .v1_photo_colorizer_create_response402 import (
        V1PhotoColorizerCreateResponse402 as V1PhotoColorizerCreateResponse402,
    )
    from .v1_photo_colorizer_create_response404 import (
        V1PhotoColorizerCreateResponse404 as V1PhotoColorizerCreateResponse404,
    )
    from .v1_photo_colorizer_create_response422 import (
        V1PhotoColorizerCreateResponse422 as V1PhotoColorizerCreateResponse422,
    )
    from .v1_text_to_video_create_response import (
        V1TextToVideoCreateResponse as V1TextToVideoCreateResponse,
    )
    from .v1_text_to_video_create_response400 import (
        V1TextToVideoCreateResponse400 as V1TextToVideoCreateResponse400,
    )
    from .v1_text_to_video_create_response401 import (
        V1TextToVideoCreateResponse401 as V1TextToVideoCreateResponse401,
    )
    from .v1_text_to_video_create_response402 import (
        V1TextToVideoCreateResponse402 as V1TextToVideoCreateResponse402,
    )
    from .v1_text_to_video_create_response404 import (
        V1TextToVideoCreateResponse404 as V1TextToVideoCreateResponse404,
    )
    from .v1_text_to_video_create_response422 import (
        V1TextToVideoCreateResponse422 as V1TextToVideoCreateResponse422,
    )
    from .v1_video_projects_delete_response400 import (
        V1VideoProjectsDeleteResponse400 as V1VideoProjectsDeleteResponse400,
    )
    from .v1_video_projects_delete_response401 import (
        V1VideoProjectsDeleteResponse401 as V1VideoProjectsDeleteResponse401,
    )
    from .v1_video_projects_delete_response402 import (
        V1VideoProjectsDeleteResponse402 as V1VideoProjectsDeleteResponse402,
    )
    from .v1_video_projects_delete_response404 import (
        V1VideoProjectsDeleteResponse404 as V1VideoProjectsDeleteResponse404,
    )
    from .v1_video_projects_delete_response422 import (
        V1VideoProjectsDeleteResponse422 as V1VideoProjectsDeleteResponse422,
    )
    from .v1_video_projects_get_response import (
        V1VideoProjectsGetResponse as V1VideoProjectsGetResponse,
    )
    from .v1_video_projects_get_response400 import (
        V1VideoProjectsGetResponse400 as V1VideoProjectsGetResponse400,
    )
    from .v1_video_projects_get_response401 import (
        V1VideoProjectsGetResponse401 as V1VideoProjectsGetResponse401,
    )
    from .v1_video_projects_get_response402 import (
        V1VideoProjectsGetResponse402 as V1VideoProjectsGetResponse402,
    )
    from .v1_video_projects_get_response404 import (
        V1VideoProjectsGetResponse404 as V1VideoProjectsGetResponse404,
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
    from .v1_video_to_video_create_response400 import (
        V1VideoToVideoCreateResponse400 as V1VideoToVideoCreateResponse400,
    )
    from .v1_video_to_video_create_response401 import (
        V1VideoToVideoCreateResponse401 as V1VideoToVideoCreateResponse401,
    )
    from .v1_video_to_video_create_response402 import (
        V1VideoToVideoCreateResponse402 as V1VideoToVideoCreateResponse402,
    )
    from .v1_video_to_video_create_response404 import (
        V1VideoToVideoCreateResponse404 as V1VideoToVideoCreateResponse404,
    )
    from .v1_video_to_video_create_response422 import (
        V1VideoToVideoCreateResponse422 as V1VideoToVideoCreateResponse422,
    )

__all__ = [
    "V1AiClothesChangerCreateResponse",
    "V1AiClothesChangerCreateResponse400",
    "V1AiClothesChangerCreateResponse401",
    "V1AiClothesChangerCreateResponse402",
    "V1AiClothesChangerCreateResponse404",
    "V1AiClothesChangerCreateResponse422",
    "V1AiFaceEditorCreateResponse",
    "V1AiFaceEditorCreateResponse400",
    "V1AiFaceEditorCreateResponse401",
    "V1AiFaceEditorCreateResponse402",
    "V1AiFaceEditorCreateResponse404",
    "V1AiFaceEditorCreateResponse422",
    "V1AiGifGeneratorCreateResponse",
    "V1AiGifGeneratorCreateResponse400",
    "V1AiGifGeneratorCreateResponse401",
    "V1AiGifGeneratorCreateResponse402",
    "V1AiGifGeneratorCreateResponse404",
    "V1AiGifGeneratorCreateResponse422",
    "V1AiHeadshotGeneratorCreateResponse",
    "V1AiHeadshotGeneratorCreateResponse400",
    "V1AiHeadshotGeneratorCreateResponse401",
    "V1AiHeadshotGeneratorCreateResponse402",
    "V1AiHeadshotGeneratorCreateResponse404",
    "V1AiHeadshotGeneratorCreateResponse422",
    "V1AiImageEditorCreateResponse",
    "V1AiImageEditorCreateResponse400",
    "V1AiImageEditorCreateResponse401",
    "V1AiImageEditorCreateResponse402",
    "V1AiImageEditorCreateResponse404",
    "V1AiImageEditorCreateResponse422",
    "V1AiImageGeneratorCreateResponse",
    "V1AiImageGeneratorCreateResponse400",
    "V1AiImageGeneratorCreateResponse401",
    "V1AiImageGeneratorCreateResponse402",
    "V1AiImageGeneratorCreateResponse404",
    "V1AiImageGeneratorCreateResponse422",
    "V1AiImageUpscalerCreateResponse",
    "V1AiImageUpscalerCreateResponse400",
    "V1AiImageUpscalerCreateResponse401",
    "V1AiImageUpscalerCreateResponse402",
    "V1AiImageUpscalerCreateResponse404",
    "V1AiImageUpscalerCreateResponse422",
    "V1AiMemeGeneratorCreateResponse",
    "V1AiMemeGeneratorCreateResponse400",
    "V1AiMemeGeneratorCreateResponse401",
    "V1AiMemeGeneratorCreateResponse402",
    "V1AiMemeGeneratorCreateResponse404",
    "V1AiMemeGeneratorCreateResponse422",
    "V1AiQrCodeGeneratorCreateResponse",
    "V1AiQrCodeGeneratorCreateResponse400",
    "V1AiQrCodeGeneratorCreateResponse401",
    "V1AiQrCodeGeneratorCreateResponse402",
    "V1AiQrCodeGeneratorCreateResponse404",
    "V1AiQrCodeGeneratorCreateResponse422",
    "V1AiTalkingPhotoCreateResponse",
    "V1AiTalkingPhotoCreateResponse400",
    "V1AiTalkingPhotoCreateResponse401",
    "V1AiTalkingPhotoCreateResponse402",
    "V1AiTalkingPhotoCreateResponse404",
    "V1AiTalkingPhotoCreateResponse422",
    "V1AiVideoEditorCreateResponse",
    "V1AiVideoEditorCreateResponse400",
    "V1AiVideoEditorCreateResponse401",
    "V1AiVideoEditorCreateResponse402",
    "V1AiVideoEditorCreateResponse404",
    "V1AiVideoEditorCreateResponse422",
    "V1AiVoiceClonerCreateResponse",
    "V1AiVoiceClonerCreateResponse400",
    "V1AiVoiceClonerCreateResponse401",
    "V1AiVoiceClonerCreateResponse402",
    "V1AiVoiceClonerCreateResponse404",
    "V1AiVoiceClonerCreateResponse422",
    "V1AiVoiceGeneratorCreateResponse",
    "V1AiVoiceGeneratorCreateResponse400",
    "V1AiVoiceGeneratorCreateResponse401",
    "V1AiVoiceGeneratorCreateResponse402",
    "V1AiVoiceGeneratorCreateResponse404",
    "V1AiVoiceGeneratorCreateResponse422",
    "V1AnimationCreateResponse",
    "V1AnimationCreateResponse400",
    "V1AnimationCreateResponse401",
    "V1AnimationCreateResponse402",
    "V1AnimationCreateResponse404",
    "V1AnimationCreateResponse422",
    "V1AudioProjectsDeleteResponse400",
    "V1AudioProjectsDeleteResponse401",
    "V1AudioProjectsDeleteResponse402",
    "V1AudioProjectsDeleteResponse404",
    "V1AudioProjectsGetResponse",
    "V1AudioProjectsGetResponse400",
    "V1AudioProjectsGetResponse401",
    "V1AudioProjectsGetResponse402",
    "V1AudioProjectsGetResponse404",
    "V1AudioProjectsGetResponseDownloadsItem",
    "V1AudioProjectsGetResponseError",
    "V1AudioProjectsGetResponseWithDownloads",
    "V1AudioToVideoCreateResponse",
    "V1AudioToVideoCreateResponse400",
    "V1AudioToVideoCreateResponse401",
    "V1AudioToVideoCreateResponse402",
    "V1AudioToVideoCreateResponse404",
    "V1AudioToVideoCreateResponse422",
    "V1AutoSubtitleGeneratorCreateResponse",
    "V1AutoSubtitleGeneratorCreateResponse400",
    "V1AutoSubtitleGeneratorCreateResponse401",
    "V1AutoSubtitleGeneratorCreateResponse402",
    "V1AutoSubtitleGeneratorCreateResponse404",
    "V1AutoSubtitleGeneratorCreateResponse422",
    "V1BodySwapCreateResponse",
    "V1BodySwapCreateResponse400",
    "V1BodySwapCreateResponse401",
    "V1BodySwapCreateResponse402",
    "V1BodySwapCreateResponse404",
    "V1BodySwapCreateResponse422",
    "V1CharacterReplaceCreateResponse",
    "V1CharacterReplaceCreateResponse400",
    "V1CharacterReplaceCreateResponse401",
    "V1CharacterReplaceCreateResponse402",
    "V1CharacterReplaceCreateResponse404",
    "V1CharacterReplaceCreateResponse422",
    "V1FaceDetectionCreateResponse",
    "V1FaceDetectionCreateResponse400",
    "V1FaceDetectionCreateResponse401",
    "V1FaceDetectionCreateResponse402",
    "V1FaceDetectionCreateResponse404",
    "V1FaceDetectionCreateResponse422",
    "V1FaceDetectionGetResponse",
    "V1FaceDetectionGetResponse400",
    "V1FaceDetectionGetResponse401",
    "V1FaceDetectionGetResponse402",
    "V1FaceDetectionGetResponse404",
    "V1FaceDetectionGetResponse422",
    "V1FaceDetectionGetResponseFacesItem",
    "V1FaceDetectionGetResponseWithDownloads",
    "V1FaceSwapCreateResponse",
    "V1FaceSwapCreateResponse400",
    "V1FaceSwapCreateResponse401",
    "V1FaceSwapCreateResponse402",
    "V1FaceSwapCreateResponse404",
    "V1FaceSwapCreateResponse422",
    "V1FaceSwapPhotoCreateResponse",
    "V1FaceSwapPhotoCreateResponse400",
    "V1FaceSwapPhotoCreateResponse401",
    "V1FaceSwapPhotoCreateResponse402",
    "V1FaceSwapPhotoCreateResponse404",
    "V1FaceSwapPhotoCreateResponse422",
    "V1FilesUploadUrlsCreateResponse",
    "V1FilesUploadUrlsCreateResponse400",
    "V1FilesUploadUrlsCreateResponse401",
    "V1FilesUploadUrlsCreateResponse402",
    "V1FilesUploadUrlsCreateResponse404",
    "V1FilesUploadUrlsCreateResponse422",
    "V1FilesUploadUrlsCreateResponseItemsItem",
    "V1HeadSwapCreateResponse",
    "V1HeadSwapCreateResponse400",
    "V1HeadSwapCreateResponse401",
    "V1HeadSwapCreateResponse402",
    "V1HeadSwapCreateResponse404",
    "V1HeadSwapCreateResponse422",
    "V1ImageBackgroundRemoverCreateResponse",
    "V1ImageBackgroundRemoverCreateResponse400",
    "V1ImageBackgroundRemoverCreateResponse401",
    "V1ImageBackgroundRemoverCreateResponse402",
    "V1ImageBackgroundRemoverCreateResponse404",
    "V1ImageBackgroundRemoverCreateResponse422",
    "V1ImageProjectsDeleteResponse400",
    "V1ImageProjectsDeleteResponse401",
    "V1ImageProjectsDeleteResponse402",
    "V1ImageProjectsDeleteResponse404",
    "V1ImageProjectsGetResponse",
    "V1ImageProjectsGetResponse400",
    "V1ImageProjectsGetResponse401",
    "V1ImageProjectsGetResponse402",
    "V1ImageProjectsGetResponse404",
    "V1ImageProjectsGetResponseDownloadsItem",
    "V1ImageProjectsGetResponseError",
    "V1ImageProjectsGetResponseWithDownloads",
    "V1ImageToVideoCreateResponse",
    "V1ImageToVideoCreateResponse400",
    "V1ImageToVideoCreateResponse401",
    "V1ImageToVideoCreateResponse402",
    "V1ImageToVideoCreateResponse404",
    "V1ImageToVideoCreateResponse422",
    "V1LipSyncCreateResponse",
    "V1LipSyncCreateResponse400",
    "V1LipSyncCreateResponse401",
    "V1LipSyncCreateResponse402",
    "V1LipSyncCreateResponse404",
    "V1LipSyncCreateResponse422",
    "V1PhotoColorizerCreateResponse",
    "V1PhotoColorizerCreateResponse400",
    "V1PhotoColorizerCreateResponse401",
    "V1PhotoColorizerCreateResponse402",
    "V1PhotoColorizerCreateResponse404",
    "V1PhotoColorizerCreateResponse422",
    "V1TextToVideoCreateResponse",
    "V1TextToVideoCreateResponse400",
    "V1TextToVideoCreateResponse401",
    "V1TextToVideoCreateResponse402",
    "V1TextToVideoCreateResponse404",
    "V1TextToVideoCreateResponse422",
    "V1VideoProjectsDeleteResponse400",
    "V1VideoProjectsDeleteResponse401",
    "V1VideoProjectsDeleteResponse402",
    "V1VideoProjectsDeleteResponse404",
    "V1VideoProjectsDeleteResponse422",
    "V1VideoProjectsGetResponse",
    "V1VideoProjectsGetResponse400",
    "V1VideoProjectsGetResponse401",
    "V1VideoProjectsGetResponse402",
    "V1VideoProjectsGetResponse404",
    "V1VideoProjectsGetResponseDownloadsItem",
    "V1VideoProjectsGetResponseError",
    "V1VideoProjectsGetResponseWithDownloads",
    "V1VideoToVideoCreateResponse",
    "V1VideoToVideoCreateResponse400",
    "V1VideoToVideoCreateResponse401",
    "V1VideoToVideoCreateResponse402",
    "V1VideoToVideoCreateResponse404",
    "V1VideoToVideoCreateResponse422",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "V1AiClothesChangerCreateResponse": ".v1_ai_clothes_changer_create_response",
            "V1AiClothesChangerCreateResponse400": ".v1_ai_clothes_changer_create_response400",
            "V1AiClothesChangerCreateResponse401": ".v1_ai_clothes_changer_create_response401",
            "V1AiClothesChangerCreateResponse402": ".v1_ai_clothes_changer_create_response402",
            "V1AiClothesChangerCreateResponse404": ".v1_ai_clothes_changer_create_response404",
            "V1AiClothesChangerCreateResponse422": ".v1_ai_clothes_changer_create_response422",
            "V1AiFaceEditorCreateResponse": ".v1_ai_face_editor_create_response",
            "V1AiFaceEditorCreateResponse400": ".v1_ai_face_editor_create_response400",
            "V1AiFaceEditorCreateResponse401": ".v1_ai_face_editor_create_response401",
            "V1AiFaceEditorCreateResponse402": ".v1_ai_face_editor_create_response402",
            "V1AiFaceEditorCreateResponse404": ".v1_ai_face_editor_create_response404",
            "V1AiFaceEditorCreateResponse422": ".v1_ai_face_editor_create_response422",
            "V1AiGifGeneratorCreateResponse": ".v1_ai_gif_generator_create_response",
            "V1AiGifGeneratorCreateResponse400": ".v1_ai_gif_generator_create_response400",
            "V1AiGifGeneratorCreateResponse401": ".v1_ai_gif_generator_create_response401",
            "V1AiGifGeneratorCreateResponse402": ".v1_ai_gif_generator_create_response402",
            "V1AiGifGeneratorCreateResponse404": ".v1_ai_gif_generator_create_response404",
            "V1AiGifGeneratorCreateResponse422": ".v1_ai_gif_generator_create_response422",
            "V1AiHeadshotGeneratorCreateResponse": ".v1_ai_headshot_generator_create_response",
            "V1AiHeadshotGeneratorCreateResponse400": ".v1_ai_headshot_generator_create_response400",
            "V1AiHeadshotGeneratorCreateResponse401": ".v1_ai_headshot_generator_create_response401",
            "V1AiHeadshotGeneratorCreateResponse402": ".v1_ai_headshot_generator_create_response402",
            "V1AiHeadshotGeneratorCreateResponse404": ".v1_ai_headshot_generator_create_response404",
            "V1AiHeadshotGeneratorCreateResponse422": ".v1_ai_headshot_generator_create_response422",
            "V1AiImageEditorCreateResponse": ".v1_ai_image_editor_create_response",
            "V1AiImageEditorCreateResponse400": ".v1_ai_image_editor_create_response400",
            "V1AiImageEditorCreateResponse401": ".v1_ai_image_editor_create_response401",
            "V1AiImageEditorCreateResponse402": ".v1_ai_image_editor_create_response402",
            "V1AiImageEditorCreateResponse404": ".v1_ai_image_editor_create_response404",
            "V1AiImageEditorCreateResponse422": ".v1_ai_image_editor_create_response422",
            "V1AiImageGeneratorCreateResponse": ".v1_ai_image_generator_create_response",
            "V1AiImageGeneratorCreateResponse400": ".v1_ai_image_generator_create_response400",
            "V1AiImageGeneratorCreateResponse401": ".v1_ai_image_generator_create_response401",
            "V1AiImageGeneratorCreateResponse402": ".v1_ai_image_generator_create_response402",
            "V1AiImageGeneratorCreateResponse404": ".v1_ai_image_generator_create_response404",
            "V1AiImageGeneratorCreateResponse422": ".v1_ai_image_generator_create_response422",
            "V1AiImageUpscalerCreateResponse": ".v1_ai_image_upscaler_create_response",
            "V1AiImageUpscalerCreateResponse400": ".v1_ai_image_upscaler_create_response400",
            "V1AiImageUpscalerCreateResponse401": ".v1_ai_image_upscaler_create_response401",
            "V1AiImageUpscalerCreateResponse402": ".v1_ai_image_upscaler_create_response402",
            "V1AiImageUpscalerCreateResponse404": ".v1_ai_image_upscaler_create_response404",
            "V1AiImageUpscalerCreateResponse422": ".v1_ai_image_upscaler_create_response422",
            "V1AiMemeGeneratorCreateResponse": ".v1_ai_meme_generator_create_response",
            "V1AiMemeGeneratorCreateResponse400": ".v1_ai_meme_generator_create_response400",
            "V1AiMemeGeneratorCreateResponse401": ".v1_ai_meme_generator_create_response401",
            "V1AiMemeGeneratorCreateResponse402": ".v1_ai_meme_generator_create_response402",
            "V1AiMemeGeneratorCreateResponse404": ".v1_ai_meme_generator_create_response404",
            "V1AiMemeGeneratorCreateResponse422": ".v1_ai_meme_generator_create_response422",
            "V1AiQrCodeGeneratorCreateResponse": ".v1_ai_qr_code_generator_create_response",
            "V1AiQrCodeGeneratorCreateResponse400": ".v1_ai_qr_code_generator_create_response400",
            "V1AiQrCodeGeneratorCreateResponse401": ".v1_ai_qr_code_generator_create_response401",
            "V1AiQrCodeGeneratorCreateResponse402": ".v1_ai_qr_code_generator_create_response402",
            "V1AiQrCodeGeneratorCreateResponse404": ".v1_ai_qr_code_generator_create_response404",
            "V1AiQrCodeGeneratorCreateResponse422": ".v1_ai_qr_code_generator_create_response422",
            "V1AiTalkingPhotoCreateResponse": ".v1_ai_talking_photo_create_response",
            "V1AiTalkingPhotoCreateResponse400": ".v1_ai_talking_photo_create_response400",
            "V1AiTalkingPhotoCreateResponse401": ".v1_ai_talking_photo_create_response401",
            "V1AiTalkingPhotoCreateResponse402": ".v1_ai_talking_photo_create_response402",
            "V1AiTalkingPhotoCreateResponse404": ".v1_ai_talking_photo_create_response404",
            "V1AiTalkingPhotoCreateResponse422": ".v1_ai_talking_photo_create_response422",
            "V1AiVideoEditorCreateResponse": ".v1_ai_video_editor_create_response",
            "V1AiVideoEditorCreateResponse400": ".v1_ai_video_editor_create_response400",
            "V1AiVideoEditorCreateResponse401": ".v1_ai_video_editor_create_response401",
            "V1AiVideoEditorCreateResponse402": ".v1_ai_video_editor_create_response402",
            "V1AiVideoEditorCreateResponse404": ".v1_ai_video_editor_create_response404",
            "V1AiVideoEditorCreateResponse422": ".v1_ai_video_editor_create_response422",
            "V1AiVoiceClonerCreateResponse": ".v1_ai_voice_cloner_create_response",
            "V1AiVoiceClonerCreateResponse400": ".v1_ai_voice_cloner_create_response400",
            "V1AiVoiceClonerCreateResponse401": ".v1_ai_voice_cloner_create_response401",
            "V1AiVoiceClonerCreateResponse402": ".v1_ai_voice_cloner_create_response402",
            "V1AiVoiceClonerCreateResponse404": ".v1_ai_voice_cloner_create_response404",
            "V1AiVoiceClonerCreateResponse422": ".v1_ai_voice_cloner_create_response422",
            "V1AiVoiceGeneratorCreateResponse": ".v1_ai_voice_generator_create_response",
            "V1AiVoiceGeneratorCreateResponse400": ".v1_ai_voice_generator_create_response400",
            "V1AiVoiceGeneratorCreateResponse401": ".v1_ai_voice_generator_create_response401",
            "V1AiVoiceGeneratorCreateResponse402": ".v1_ai_voice_generator_create_response402",
            "V1AiVoiceGeneratorCreateResponse404": ".v1_ai_voice_generator_create_response404",
            "V1AiVoiceGeneratorCreateResponse422": ".v1_ai_voice_generator_create_response422",
            "V1AnimationCreateResponse": ".v1_animation_create_response",
            "V1AnimationCreateResponse400": ".v1_animation_create_response400",
            "V1AnimationCreateResponse401": ".v1_animation_create_response401",
            "V1AnimationCreateResponse402": ".v1_animation_create_response402",
            "V1AnimationCreateResponse404": ".v1_animation_create_response404",
            "V1AnimationCreateResponse422": ".v1_animation_create_response422",
            "V1AudioProjectsDeleteResponse400": ".v1_audio_projects_delete_response400",
            "V1AudioProjectsDeleteResponse401": ".v1_audio_projects_delete_response401",
            "V1AudioProjectsDeleteResponse402": ".v1_audio_projects_delete_response402",
            "V1AudioProjectsDeleteResponse404": ".v1_audio_projects_delete_response404",
            "V1AudioProjectsGetResponse": ".v1_audio_projects_get_response",
            "V1AudioProjectsGetResponse400": ".v1_audio_projects_get_response400",
            "V1AudioProjectsGetResponse401": ".v1_audio_projects_get_response401",
            "V1AudioProjectsGetResponse402": ".v1_audio_projects_get_response402",
            "V1AudioProjectsGetResponse404": ".v1_audio_projects_get_response404",
            "V1AudioProjectsGetResponseDownloadsItem": ".v1_audio_projects_get_response_downloads_item",
            "V1AudioProjectsGetResponseError": ".v1_audio_projects_get_response_error",
            "V1AudioProjectsGetResponseWithDownloads": ".v1_audio_projects_get_response_with_downloads",
            "V1AudioToVideoCreateResponse": ".v1_audio_to_video_create_response",
            "V1AudioToVideoCreateResponse400": ".v1_audio_to_video_create_response400",
            "V1AudioToVideoCreateResponse401": ".v1_audio_to_video_create_response401",
            "V1AudioToVideoCreateResponse402": ".v1_audio_to_video_create_response402",
            "V1AudioToVideoCreateResponse404": ".v1_audio_to_video_create_response404",
            "V1AudioToVideoCreateResponse422": ".v1_audio_to_video_create_response422",
            "V1AutoSubtitleGeneratorCreateResponse": ".v1_auto_subtitle_generator_create_response",
            "V1AutoSubtitleGeneratorCreateResponse400": ".v1_auto_subtitle_generator_create_response400",
            "V1AutoSubtitleGeneratorCreateResponse401": ".v1_auto_subtitle_generator_create_response401",
            "V1AutoSubtitleGeneratorCreateResponse402": ".v1_auto_subtitle_generator_create_response402",
            "V1AutoSubtitleGeneratorCreateResponse404": ".v1_auto_subtitle_generator_create_response404",
            "V1AutoSubtitleGeneratorCreateResponse422": ".v1_auto_subtitle_generator_create_response422",
            "V1BodySwapCreateResponse": ".v1_body_swap_create_response",
            "V1BodySwapCreateResponse400": ".v1_body_swap_create_response400",
            "V1BodySwapCreateResponse401": ".v1_body_swap_create_response401",
            "V1BodySwapCreateResponse402": ".v1_body_swap_create_response402",
            "V1BodySwapCreateResponse404": ".v1_body_swap_create_response404",
            "V1BodySwapCreateResponse422": ".v1_body_swap_create_response422",
            "V1CharacterReplaceCreateResponse": ".v1_character_replace_create_response",
            "V1CharacterReplaceCreateResponse400": ".v1_character_replace_create_response400",
            "V1CharacterReplaceCreateResponse401": ".v1_character_replace_create_response401",
            "V1CharacterReplaceCreateResponse402": ".v1_character_replace_create_response402",
            "V1CharacterReplaceCreateResponse404": ".v1_character_replace_create_response404",
            "V1CharacterReplaceCreateResponse422": ".v1_character_replace_create_response422",
            "V1FaceDetectionCreateResponse": ".v1_face_detection_create_response",
            "V1FaceDetectionCreateResponse400": ".v1_face_detection_create_response400",
            "V1FaceDetectionCreateResponse401": ".v1_face_detection_create_response401",
            "V1FaceDetectionCreateResponse402": ".v1_face_detection_create_response402",
            "V1FaceDetectionCreateResponse404": ".v1_face_detection_create_response404",
            "V1FaceDetectionCreateResponse422": ".v1_face_detection_create_response422",
            "V1FaceDetectionGetResponse": ".v1_face_detection_get_response",
            "V1FaceDetectionGetResponse400": ".v1_face_detection_get_response400",
            "V1FaceDetectionGetResponse401": ".v1_face_detection_get_response401",
            "V1FaceDetectionGetResponse402": ".v1_face_detection_get_response402",
            "V1FaceDetectionGetResponse404": ".v1_face_detection_get_response404",
            "V1FaceDetectionGetResponse422": ".v1_face_detection_get_response422",
            "V1FaceDetectionGetResponseFacesItem": ".v1_face_detection_get_response_faces_item",
            "V1FaceDetectionGetResponseWithDownloads": ".v1_face_detection_get_response_with_downloads",
            "V1FaceSwapCreateResponse": ".v1_face_swap_create_response",
            "V1FaceSwapCreateResponse400": ".v1_face_swap_create_response400",
            "V1FaceSwapCreateResponse401": ".v1_face_swap_create_response401",
            "V1FaceSwapCreateResponse402": ".v1_face_swap_create_response402",
            "V1FaceSwapCreateResponse404": ".v1_face_swap_create_response404",
            "V1FaceSwapCreateResponse422": ".v1_face_swap_create_response422",
            "V1FaceSwapPhotoCreateResponse": ".v1_face_swap_photo_create_response",
            "V1FaceSwapPhotoCreateResponse400": ".v1_face_swap_photo_create_response400",
            "V1FaceSwapPhotoCreateResponse401": ".v1_face_swap_photo_create_response401",
            "V1FaceSwapPhotoCreateResponse402": ".v1_face_swap_photo_create_response402",
            "V1FaceSwapPhotoCreateResponse404": ".v1_face_swap_photo_create_response404",
            "V1FaceSwapPhotoCreateResponse422": ".v1_face_swap_photo_create_response422",
            "V1FilesUploadUrlsCreateResponse": ".v1_files_upload_urls_create_response",
            "V1FilesUploadUrlsCreateResponse400": ".v1_files_upload_urls_create_response400",
            "V1FilesUploadUrlsCreateResponse401": ".v1_files_upload_urls_create_response401",
            "V1FilesUploadUrlsCreateResponse402": ".v1_files_upload_urls_create_response402",
            "V1FilesUploadUrlsCreateResponse404": ".v1_files_upload_urls_create_response404",
            "V1FilesUploadUrlsCreateResponse422": ".v1_files_upload_urls_create_response422",
            "V1FilesUploadUrlsCreateResponseItemsItem": ".v1_files_upload_urls_create_response_items_item",
            "V1HeadSwapCreateResponse": ".v1_head_swap_create_response",
            "V1HeadSwapCreateResponse400": ".v1_head_swap_create_response400",
            "V1HeadSwapCreateResponse401": ".v1_head_swap_create_response401",
            "V1HeadSwapCreateResponse402": ".v1_head_swap_create_response402",
            "V1HeadSwapCreateResponse404": ".v1_head_swap_create_response404",
            "V1HeadSwapCreateResponse422": ".v1_head_swap_create_response422",
            "V1ImageBackgroundRemoverCreateResponse": ".v1_image_background_remover_create_response",
            "V1ImageBackgroundRemoverCreateResponse400": ".v1_image_background_remover_create_response400",
            "V1ImageBackgroundRemoverCreateResponse401": ".v1_image_background_remover_create_response401",
            "V1ImageBackgroundRemoverCreateResponse402": ".v1_image_background_remover_create_response402",
            "V1ImageBackgroundRemoverCreateResponse404": ".v1_image_background_remover_create_response404",
            "V1ImageBackgroundRemoverCreateResponse422": ".v1_image_background_remover_create_response422",
            "V1ImageProjectsDeleteResponse400": ".v1_image_projects_delete_response400",
            "V1ImageProjectsDeleteResponse401": ".v1_image_projects_delete_response401",
            "V1ImageProjectsDeleteResponse402": ".v1_image_projects_delete_response402",
            "V1ImageProjectsDeleteResponse404": ".v1_image_projects_delete_response404",
            "V1ImageProjectsGetResponse": ".v1_image_projects_get_response",
            "V1ImageProjectsGetResponse400": ".v1_image_projects_get_response400",
            "V1ImageProjectsGetResponse401": ".v1_image_projects_get_response401",
            "V1ImageProjectsGetResponse402": ".v1_image_projects_get_response402",
            "V1ImageProjectsGetResponse404": ".v1_image_projects_get_response404",
            "V1ImageProjectsGetResponseDownloadsItem": ".v1_image_projects_get_response_downloads_item",
            "V1ImageProjectsGetResponseError": ".v1_image_projects_get_response_error",
            "V1ImageProjectsGetResponseWithDownloads": ".v1_image_projects_get_response_with_downloads",
            "V1ImageToVideoCreateResponse": ".v1_image_to_video_create_response",
            "V1ImageToVideoCreateResponse400": ".v1_image_to_video_create_response400",
            "V1ImageToVideoCreateResponse401": ".v1_image_to_video_create_response401",
            "V1ImageToVideoCreateResponse402": ".v1_image_to_video_create_response402",
            "V1ImageToVideoCreateResponse404": ".v1_image_to_video_create_response404",
            "V1ImageToVideoCreateResponse422": ".v1_image_to_video_create_response422",
            "V1LipSyncCreateResponse": ".v1_lip_sync_create_response",
            "V1LipSyncCreateResponse400": ".v1_lip_sync_create_response400",
            "V1LipSyncCreateResponse401": ".v1_lip_sync_create_response401",
            "V1LipSyncCreateResponse402": ".v1_lip_sync_create_response402",
            "V1LipSyncCreateResponse404": ".v1_lip_sync_create_response404",
            "V1LipSyncCreateResponse422": ".v1_lip_sync_create_response422",
            "V1PhotoColorizerCreateResponse": ".v1_photo_colorizer_create_response",
            "V1PhotoColorizerCreateResponse400": ".v1_photo_colorizer_create_response400",
            "V1PhotoColorizerCreateResponse401": ".v1_photo_colorizer_create_response401",
            "V1PhotoColorizerCreateResponse402": ".v1_photo_colorizer_create_response402",
            "V1PhotoColorizerCreateResponse404": ".v1_photo_colorizer_create_response404",
            "V1PhotoColorizerCreateResponse422": ".v1_photo_colorizer_create_response422",
            "V1TextToVideoCreateResponse": ".v1_text_to_video_create_response",
            "V1TextToVideoCreateResponse400": ".v1_text_to_video_create_response400",
            "V1TextToVideoCreateResponse401": ".v1_text_to_video_create_response401",
            "V1TextToVideoCreateResponse402": ".v1_text_to_video_create_response402",
            "V1TextToVideoCreateResponse404": ".v1_text_to_video_create_response404",
            "V1TextToVideoCreateResponse422": ".v1_text_to_video_create_response422",
            "V1VideoProjectsDeleteResponse400": ".v1_video_projects_delete_response400",
            "V1VideoProjectsDeleteResponse401": ".v1_video_projects_delete_response401",
            "V1VideoProjectsDeleteResponse402": ".v1_video_projects_delete_response402",
            "V1VideoProjectsDeleteResponse404": ".v1_video_projects_delete_response404",
            "V1VideoProjectsDeleteResponse422": ".v1_video_projects_delete_response422",
            "V1VideoProjectsGetResponse": ".v1_video_projects_get_response",
            "V1VideoProjectsGetResponse400": ".v1_video_projects_get_response400",
            "V1VideoProjectsGetResponse401": ".v1_video_projects_get_response401",
            "V1VideoProjectsGetResponse402": ".v1_video_projects_get_response402",
            "V1VideoProjectsGetResponse404": ".v1_video_projects_get_response404",
            "V1VideoProjectsGetResponseDownloadsItem": ".v1_video_projects_get_response_downloads_item",
            "V1VideoProjectsGetResponseError": ".v1_video_projects_get_response_error",
            "V1VideoProjectsGetResponseWithDownloads": ".v1_video_projects_get_response_with_downloads",
            "V1VideoToVideoCreateResponse": ".v1_video_to_video_create_response",
            "V1VideoToVideoCreateResponse400": ".v1_video_to_video_create_response400",
            "V1VideoToVideoCreateResponse401": ".v1_video_to_video_create_response401",
            "V1VideoToVideoCreateResponse402": ".v1_video_to_video_create_response402",
            "V1VideoToVideoCreateResponse404": ".v1_video_to_video_create_response404",
            "V1VideoToVideoCreateResponse422": ".v1_video_to_video_create_response422",
        },
    )
