"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .v1_ai_clothes_changer_create_body import (
        V1AiClothesChangerCreateBody as V1AiClothesChangerCreateBody,
    )
    from .v1_ai_clothes_changer_create_body_assets import (
        V1AiClothesChangerCreateBodyAssets as V1AiClothesChangerCreateBodyAssets,
    )
    from .v1_ai_face_editor_create_body import (
        V1AiFaceEditorCreateBody as V1AiFaceEditorCreateBody,
    )
    from .v1_ai_face_editor_create_body_assets import (
        V1AiFaceEditorCreateBodyAssets as V1AiFaceEditorCreateBodyAssets,
    )
    from .v1_ai_face_editor_create_body_style import (
        V1AiFaceEditorCreateBodyStyle as V1AiFaceEditorCreateBodyStyle,
    )
    from .v1_ai_gif_generator_create_body import (
        V1AiGifGeneratorCreateBody as V1AiGifGeneratorCreateBody,
    )
    from .v1_ai_gif_generator_create_body_style import (
        V1AiGifGeneratorCreateBodyStyle as V1AiGifGeneratorCreateBodyStyle,
    )
    from .v1_ai_headshot_generator_create_body import (
        V1AiHeadshotGeneratorCreateBody as V1AiHeadshotGeneratorCreateBody,
    )
    from .v1_ai_headshot_generator_create_body_assets import (
        V1AiHeadshotGeneratorCreateBodyAssets as V1AiHeadshotGeneratorCreateBodyAssets,
    )
    from .v1_ai_headshot_generator_create_body_style import (
        V1AiHeadshotGeneratorCreateBodyStyle as V1AiHeadshotGeneratorCreateBodyStyle,
    )
    from .v1_ai_image_editor_create_body import (
        V1AiImageEditorCreateBody as V1AiImageEditorCreateBody,
    )
    from .v1_ai_image_editor_create_body_assets import (
        V1AiImageEditorCreateBodyAssets as V1AiImageEditorCreateBodyAssets,
    )
    from .v1_ai_image_editor_create_body_style import (
        V1AiImageEditorCreateBodyStyle as V1AiImageEditorCreateBodyStyle,
    )
    from .v1_ai_image_generator_create_body import (
        V1AiImageGeneratorCreateBody as V1AiImageGeneratorCreateBody,
    )
    from .v1_ai_image_generator_create_body_style import (
        V1AiImageGeneratorCreateBodyStyle as V1AiImageGeneratorCreateBodyStyle,
    )
    from .v1_ai_image_upscaler_create_body import (
        V1AiImageUpscalerCreateBody as V1AiImageUpscalerCreateBody,
    )
    from .v1_ai_image_upscaler_create_body_assets import (
        V1AiImageUpscalerCreateBodyAssets as V1AiImageUpscalerCreateBodyAssets,
    )
    from .v1_ai_image_upscaler_create_body_style import (
        V1AiImageUpscalerCreateBodyStyle as V1AiImageUpscalerCreateBodyStyle,
    )
    from .v1_ai_meme_generator_create_body import (
        V1AiMemeGeneratorCreateBody as V1AiMemeGeneratorCreateBody,
    )
    from .v1_ai_meme_generator_create_body_style import (
        V1AiMemeGeneratorCreateBodyStyle as V1AiMemeGeneratorCreateBodyStyle,
    )
    from .v1_ai_qr_code_generator_create_body import (
        V1AiQrCodeGeneratorCreateBody as V1AiQrCodeGeneratorCreateBody,
    )
    from .v1_ai_qr_code_generator_create_body_style import (
        V1AiQrCodeGeneratorCreateBodyStyle as V1AiQrCodeGeneratorCreateBodyStyle,
    )
    from .v1_ai_talking_photo_create_body import (
        V1AiTalkingPhotoCreateBody as V1AiTalkingPhotoCreateBody,
    )
    from .v1_ai_talking_photo_create_body_assets import (
        V1AiTalkingPhotoCreateBodyAssets as V1AiTalkingPhotoCreateBodyAssets,
    )
    from .v1_ai_talking_photo_create_body_style import (
        V1AiTalkingPhotoCreateBodyStyle as V1AiTalkingPhotoCreateBodyStyle,
    )
    from .v1_ai_video_editor_create_body import (
        V1AiVideoEditorCreateBody as V1AiVideoEditorCreateBody,
    )
    from .v1_ai_video_editor_create_body_assets import (
        V1AiVideoEditorCreateBodyAssets as V1AiVideoEditorCreateBodyAssets,
    )
    from .v1_ai_video_editor_create_body_style import (
        V1AiVideoEditorCreateBodyStyle as V1AiVideoEditorCreateBodyStyle,
    )
    from .v1_ai_voice_cloner_create_body import (
        V1AiVoiceClonerCreateBody as V1AiVoiceClonerCreateBody,
    )
    from .v1_ai_voice_cloner_create_body_assets import (
        V1AiVoiceClonerCreateBodyAssets as V1AiVoiceClonerCreateBodyAssets,
    )
    from .v1_ai_voice_cloner_create_body_style import (
        V1AiVoiceClonerCreateBodyStyle as V1AiVoiceClonerCreateBodyStyle,
    )
    from .v1_ai_voice_generator_create_body import (
        V1AiVoiceGeneratorCreateBody as V1AiVoiceGeneratorCreateBody,
    )
    from .v1_ai_voice_generator_create_body_style import (
        V1AiVoiceGeneratorCreateBodyStyle as V1AiVoiceGeneratorCreateBodyStyle,
    )
    from .v1_animation_create_body import V1AnimationCreateBody as V1AnimationCreateBody
    from .v1_animation_create_body_assets import (
        V1AnimationCreateBodyAssets as V1AnimationCreateBodyAssets,
    )
    from .v1_animation_create_body_style import (
        V1AnimationCreateBodyStyle as V1AnimationCreateBodyStyle,
    )
    from .v1_audio_to_video_create_body import (
        V1AudioToVideoCreateBody as V1AudioToVideoCreateBody,
    )
    from .v1_audio_to_video_create_body_assets import (
        V1AudioToVideoCreateBodyAssets as V1AudioToVideoCreateBodyAssets,
    )
    from .v1_audio_to_video_create_body_style import (
        V1AudioToVideoCreateBodyStyle as V1AudioToVideoCreateBodyStyle,
    )
    from .v1_auto_subtitle_generator_create_body import (
        V1AutoSubtitleGeneratorCreateBody as V1AutoSubtitleGeneratorCreateBody,
    )
    from .v1_auto_subtitle_generator_create_body_assets import (
        V1AutoSubtitleGeneratorCreateBodyAssets as V1AutoSubtitleGeneratorCreateBodyAssets,
    )
    from .v1_auto_subtitle_generator_create_body_style import (
        V1AutoSubtitleGeneratorCreateBodyStyle as V1AutoSubtitleGeneratorCreateBodyStyle,
    )
    from .v1_auto_subtitle_generator_create_body_style_custom_config import (
        V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig as V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig,
    )
    from .v1_body_swap_create_body import V1BodySwapCreateBody as V1BodySwapCreateBody
    from .v1_body_swap_create_body_assets import (
        V1BodySwapCreateBodyAssets as V1BodySwapCreateBodyAssets,
    )
    from .v1_character_replace_create_body import (
        V1CharacterReplaceCreateBody as V1CharacterReplaceCreateBody,
    )
    from .v1_character_replace_create_body_assets import (
        V1CharacterReplaceCreateBodyAssets as V1CharacterReplaceCreateBodyAssets,
    )
    from .v1_character_replace_create_body_style import (
        V1CharacterReplaceCreateBodyStyle as V1CharacterReplaceCreateBodyStyle,
    )
    from .v1_character_replace_create_body_style_points_item import (
        V1CharacterReplaceCreateBodyStylePointsItem as V1CharacterReplaceCreateBodyStylePointsItem,
    )
    from .v1_face_detection_create_body import (
        V1FaceDetectionCreateBody as V1FaceDetectionCreateBody,
    )
    from .v1_face_detection_create_body_assets import (
        V1FaceDetectionCreateBodyAssets as V1FaceDetectionCreateBodyAssets,
    )
    from .v1_face_swap_create_body import V1FaceSwapCreateBody as V1FaceSwapCreateBody
    from .v1_face_swap_create_body_assets import (
        V1FaceSwapCreateBodyAssets as V1FaceSwapCreateBodyAssets,
    )
    from .v1_face_swap_create_body_assets_face_mappings_item import (
        V1FaceSwapCreateBodyAssetsFaceMappingsItem as V1FaceSwapCreateBodyAssetsFaceMappingsItem,
    )
    from .v1_face_swap_create_body_style import (
        V1FaceSwapCreateBodyStyle as V1FaceSwapCreateBodyStyle,
    )
    from .v1_face_swap_photo_create_body import (
        V1FaceSwapPhotoCreateBody as V1FaceSwapPhotoCreateBody,
    )
    from .v1_face_swap_photo_create_body_assets import (
        V1FaceSwapPhotoCreateBodyAssets as V1FaceSwapPhotoCreateBodyAssets,
    )
    from .v1_face_swap_photo_create_body_assets_face_mappings_item import (
        V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem as V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem,
    )
    from .v1_files_upload_urls_create_body import (
        V1FilesUploadUrlsCreateBody as V1FilesUploadUrlsCreateBody,
    )
    from .v1_files_upload_urls_create_body_items_item import (
        V1FilesUploadUrlsCreateBodyItemsItem as V1FilesUploadUrlsCreateBodyItemsItem,
    )
    from .v1_head_swap_create_body import V1HeadSwapCreateBody as V1HeadSwapCreateBody
    from .v1_head_swap_create_body_assets import (
        V1HeadSwapCreateBodyAssets as V1HeadSwapCreateBodyAssets,
    )
    from .v1_image_background_remover_create_body import (
        V1ImageBackgroundRemoverCreateBody as V1ImageBackgroundRemoverCreateBody,
    )
    from .v1_image_background_remover_create_body_assets import (
        V1ImageBackgroundRemoverCreateBodyAssets as V1ImageBackgroundRemoverCreateBodyAssets,
    )
    from .v1_image_to_video_create_body import (
        V1ImageToVideoCreateBody as V1ImageToVideoCreateBody,
    )
    from .v1_image_to_video_create_body_assets import (
        V1ImageToVideoCreateBodyAssets as V1ImageToVideoCreateBodyAssets,
    )
    from .v1_image_to_video_create_body_style import (
        V1ImageToVideoCreateBodyStyle as V1ImageToVideoCreateBodyStyle,
    )
    from .v1_lip_sync_create_body import V1LipSyncCreateBody as V1LipSyncCreateBody
    from .v1_lip_sync_create_body_assets import (
        V1LipSyncCreateBodyAssets as V1LipSyncCreateBodyAssets,
    )
    from .v1_lip_sync_create_body_style import (
        V1LipSyncCreateBodyStyle as V1LipSyncCreateBodyStyle,
    )
    from .v1_photo_colorizer_create_body import (
        V1PhotoColorizerCreateBody as V1PhotoColorizerCreateBody,
    )
    from .v1_photo_colorizer_create_body_assets import (
        V1PhotoColorizerCreateBodyAssets as V1PhotoColorizerCreateBodyAssets,
    )
    from .v1_text_to_video_create_body import (
        V1TextToVideoCreateBody as V1TextToVideoCreateBody,
    )
    from .v1_text_to_video_create_body_style import (
        V1TextToVideoCreateBodyStyle as V1TextToVideoCreateBodyStyle,
    )
    from .v1_video_to_video_create_body import (
        V1VideoToVideoCreateBody as V1VideoToVideoCreateBody,
    )
    from .v1_video_to_video_create_body_assets import (
        V1VideoToVideoCreateBodyAssets as V1VideoToVideoCreateBodyAssets,
    )
    from .v1_video_to_video_create_body_style import (
        V1VideoToVideoCreateBodyStyle as V1VideoToVideoCreateBodyStyle,
    )

__all__ = [
    "V1AiClothesChangerCreateBody",
    "V1AiClothesChangerCreateBodyAssets",
    "V1AiFaceEditorCreateBody",
    "V1AiFaceEditorCreateBodyAssets",
    "V1AiFaceEditorCreateBodyStyle",
    "V1AiGifGeneratorCreateBody",
    "V1AiGifGeneratorCreateBodyStyle",
    "V1AiHeadshotGeneratorCreateBody",
    "V1AiHeadshotGeneratorCreateBodyAssets",
    "V1AiHeadshotGeneratorCreateBodyStyle",
    "V1AiImageEditorCreateBody",
    "V1AiImageEditorCreateBodyAssets",
    "V1AiImageEditorCreateBodyStyle",
    "V1AiImageGeneratorCreateBody",
    "V1AiImageGeneratorCreateBodyStyle",
    "V1AiImageUpscalerCreateBody",
    "V1AiImageUpscalerCreateBodyAssets",
    "V1AiImageUpscalerCreateBodyStyle",
    "V1AiMemeGeneratorCreateBody",
    "V1AiMemeGeneratorCreateBodyStyle",
    "V1AiQrCodeGeneratorCreateBody",
    "V1AiQrCodeGeneratorCreateBodyStyle",
    "V1AiTalkingPhotoCreateBody",
    "V1AiTalkingPhotoCreateBodyAssets",
    "V1AiTalkingPhotoCreateBodyStyle",
    "V1AiVideoEditorCreateBody",
    "V1AiVideoEditorCreateBodyAssets",
    "V1AiVideoEditorCreateBodyStyle",
    "V1AiVoiceClonerCreateBody",
    "V1AiVoiceClonerCreateBodyAssets",
    "V1AiVoiceClonerCreateBodyStyle",
    "V1AiVoiceGeneratorCreateBody",
    "V1AiVoiceGeneratorCreateBodyStyle",
    "V1AnimationCreateBody",
    "V1AnimationCreateBodyAssets",
    "V1AnimationCreateBodyStyle",
    "V1AudioToVideoCreateBody",
    "V1AudioToVideoCreateBodyAssets",
    "V1AudioToVideoCreateBodyStyle",
    "V1AutoSubtitleGeneratorCreateBody",
    "V1AutoSubtitleGeneratorCreateBodyAssets",
    "V1AutoSubtitleGeneratorCreateBodyStyle",
    "V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig",
    "V1BodySwapCreateBody",
    "V1BodySwapCreateBodyAssets",
    "V1CharacterReplaceCreateBody",
    "V1CharacterReplaceCreateBodyAssets",
    "V1CharacterReplaceCreateBodyStyle",
    "V1CharacterReplaceCreateBodyStylePointsItem",
    "V1FaceDetectionCreateBody",
    "V1FaceDetectionCreateBodyAssets",
    "V1FaceSwapCreateBody",
    "V1FaceSwapCreateBodyAssets",
    "V1FaceSwapCreateBodyAssetsFaceMappingsItem",
    "V1FaceSwapCreateBodyStyle",
    "V1FaceSwapPhotoCreateBody",
    "V1FaceSwapPhotoCreateBodyAssets",
    "V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem",
    "V1FilesUploadUrlsCreateBody",
    "V1FilesUploadUrlsCreateBodyItemsItem",
    "V1HeadSwapCreateBody",
    "V1HeadSwapCreateBodyAssets",
    "V1ImageBackgroundRemoverCreateBody",
    "V1ImageBackgroundRemoverCreateBodyAssets",
    "V1ImageToVideoCreateBody",
    "V1ImageToVideoCreateBodyAssets",
    "V1ImageToVideoCreateBodyStyle",
    "V1LipSyncCreateBody",
    "V1LipSyncCreateBodyAssets",
    "V1LipSyncCreateBodyStyle",
    "V1PhotoColorizerCreateBody",
    "V1PhotoColorizerCreateBodyAssets",
    "V1TextToVideoCreateBody",
    "V1TextToVideoCreateBodyStyle",
    "V1VideoToVideoCreateBody",
    "V1VideoToVideoCreateBodyAssets",
    "V1VideoToVideoCreateBodyStyle",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "V1AiClothesChangerCreateBody": ".v1_ai_clothes_changer_create_body",
            "V1AiClothesChangerCreateBodyAssets": ".v1_ai_clothes_changer_create_body_assets",
            "V1AiFaceEditorCreateBody": ".v1_ai_face_editor_create_body",
            "V1AiFaceEditorCreateBodyAssets": ".v1_ai_face_editor_create_body_assets",
            "V1AiFaceEditorCreateBodyStyle": ".v1_ai_face_editor_create_body_style",
            "V1AiGifGeneratorCreateBody": ".v1_ai_gif_generator_create_body",
            "V1AiGifGeneratorCreateBodyStyle": ".v1_ai_gif_generator_create_body_style",
            "V1AiHeadshotGeneratorCreateBody": ".v1_ai_headshot_generator_create_body",
            "V1AiHeadshotGeneratorCreateBodyAssets": ".v1_ai_headshot_generator_create_body_assets",
            "V1AiHeadshotGeneratorCreateBodyStyle": ".v1_ai_headshot_generator_create_body_style",
            "V1AiImageEditorCreateBody": ".v1_ai_image_editor_create_body",
            "V1AiImageEditorCreateBodyAssets": ".v1_ai_image_editor_create_body_assets",
            "V1AiImageEditorCreateBodyStyle": ".v1_ai_image_editor_create_body_style",
            "V1AiImageGeneratorCreateBody": ".v1_ai_image_generator_create_body",
            "V1AiImageGeneratorCreateBodyStyle": ".v1_ai_image_generator_create_body_style",
            "V1AiImageUpscalerCreateBody": ".v1_ai_image_upscaler_create_body",
            "V1AiImageUpscalerCreateBodyAssets": ".v1_ai_image_upscaler_create_body_assets",
            "V1AiImageUpscalerCreateBodyStyle": ".v1_ai_image_upscaler_create_body_style",
            "V1AiMemeGeneratorCreateBody": ".v1_ai_meme_generator_create_body",
            "V1AiMemeGeneratorCreateBodyStyle": ".v1_ai_meme_generator_create_body_style",
            "V1AiQrCodeGeneratorCreateBody": ".v1_ai_qr_code_generator_create_body",
            "V1AiQrCodeGeneratorCreateBodyStyle": ".v1_ai_qr_code_generator_create_body_style",
            "V1AiTalkingPhotoCreateBody": ".v1_ai_talking_photo_create_body",
            "V1AiTalkingPhotoCreateBodyAssets": ".v1_ai_talking_photo_create_body_assets",
            "V1AiTalkingPhotoCreateBodyStyle": ".v1_ai_talking_photo_create_body_style",
            "V1AiVideoEditorCreateBody": ".v1_ai_video_editor_create_body",
            "V1AiVideoEditorCreateBodyAssets": ".v1_ai_video_editor_create_body_assets",
            "V1AiVideoEditorCreateBodyStyle": ".v1_ai_video_editor_create_body_style",
            "V1AiVoiceClonerCreateBody": ".v1_ai_voice_cloner_create_body",
            "V1AiVoiceClonerCreateBodyAssets": ".v1_ai_voice_cloner_create_body_assets",
            "V1AiVoiceClonerCreateBodyStyle": ".v1_ai_voice_cloner_create_body_style",
            "V1AiVoiceGeneratorCreateBody": ".v1_ai_voice_generator_create_body",
            "V1AiVoiceGeneratorCreateBodyStyle": ".v1_ai_voice_generator_create_body_style",
            "V1AnimationCreateBody": ".v1_animation_create_body",
            "V1AnimationCreateBodyAssets": ".v1_animation_create_body_assets",
            "V1AnimationCreateBodyStyle": ".v1_animation_create_body_style",
            "V1AudioToVideoCreateBody": ".v1_audio_to_video_create_body",
            "V1AudioToVideoCreateBodyAssets": ".v1_audio_to_video_create_body_assets",
            "V1AudioToVideoCreateBodyStyle": ".v1_audio_to_video_create_body_style",
            "V1AutoSubtitleGeneratorCreateBody": ".v1_auto_subtitle_generator_create_body",
            "V1AutoSubtitleGeneratorCreateBodyAssets": ".v1_auto_subtitle_generator_create_body_assets",
            "V1AutoSubtitleGeneratorCreateBodyStyle": ".v1_auto_subtitle_generator_create_body_style",
            "V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig": ".v1_auto_subtitle_generator_create_body_style_custom_config",
            "V1BodySwapCreateBody": ".v1_body_swap_create_body",
            "V1BodySwapCreateBodyAssets": ".v1_body_swap_create_body_assets",
            "V1CharacterReplaceCreateBody": ".v1_character_replace_create_body",
            "V1CharacterReplaceCreateBodyAssets": ".v1_character_replace_create_body_assets",
            "V1CharacterReplaceCreateBodyStyle": ".v1_character_replace_create_body_style",
            "V1CharacterReplaceCreateBodyStylePointsItem": ".v1_character_replace_create_body_style_points_item",
            "V1FaceDetectionCreateBody": ".v1_face_detection_create_body",
            "V1FaceDetectionCreateBodyAssets": ".v1_face_detection_create_body_assets",
            "V1FaceSwapCreateBody": ".v1_face_swap_create_body",
            "V1FaceSwapCreateBodyAssets": ".v1_face_swap_create_body_assets",
            "V1FaceSwapCreateBodyAssetsFaceMappingsItem": ".v1_face_swap_create_body_assets_face_mappings_item",
            "V1FaceSwapCreateBodyStyle": ".v1_face_swap_create_body_style",
            "V1FaceSwapPhotoCreateBody": ".v1_face_swap_photo_create_body",
            "V1FaceSwapPhotoCreateBodyAssets": ".v1_face_swap_photo_create_body_assets",
            "V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem": ".v1_face_swap_photo_create_body_assets_face_mappings_item",
            "V1FilesUploadUrlsCreateBody": ".v1_files_upload_urls_create_body",
            "V1FilesUploadUrlsCreateBodyItemsItem": ".v1_files_upload_urls_create_body_items_item",
            "V1HeadSwapCreateBody": ".v1_head_swap_create_body",
            "V1HeadSwapCreateBodyAssets": ".v1_head_swap_create_body_assets",
            "V1ImageBackgroundRemoverCreateBody": ".v1_image_background_remover_create_body",
            "V1ImageBackgroundRemoverCreateBodyAssets": ".v1_image_background_remover_create_body_assets",
            "V1ImageToVideoCreateBody": ".v1_image_to_video_create_body",
            "V1ImageToVideoCreateBodyAssets": ".v1_image_to_video_create_body_assets",
            "V1ImageToVideoCreateBodyStyle": ".v1_image_to_video_create_body_style",
            "V1LipSyncCreateBody": ".v1_lip_sync_create_body",
            "V1LipSyncCreateBodyAssets": ".v1_lip_sync_create_body_assets",
            "V1LipSyncCreateBodyStyle": ".v1_lip_sync_create_body_style",
            "V1PhotoColorizerCreateBody": ".v1_photo_colorizer_create_body",
            "V1PhotoColorizerCreateBodyAssets": ".v1_photo_colorizer_create_body_assets",
            "V1TextToVideoCreateBody": ".v1_text_to_video_create_body",
            "V1TextToVideoCreateBodyStyle": ".v1_text_to_video_create_body_style",
            "V1VideoToVideoCreateBody": ".v1_video_to_video_create_body",
            "V1VideoToVideoCreateBodyAssets": ".v1_video_to_video_create_body_assets",
            "V1VideoToVideoCreateBodyStyle": ".v1_video_to_video_create_body_style",
        },
    )
