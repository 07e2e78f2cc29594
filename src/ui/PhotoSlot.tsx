import { Image, Text, View } from '@tarojs/components';
import { Button } from './Button';
import { FieldError } from './States';
import './Field.scss';
import './PhotoSlot.scss';

export interface PhotoSlotProps {
  label: string;
  /** Local preview of what was uploaded; empty after a restart even though the upload is kept. */
  previewPath: string | null;
  uploaded: boolean;
  busy: boolean;
  error?: string | null;
  onPick(): void;
  onDelete(): void;
}

/** One required document: take or pick a photo, see it, take it again or remove it. */
export function PhotoSlot({ label, previewPath, uploaded, busy, error, onPick, onDelete }: PhotoSlotProps) {
  return (
    <View className={`photo-slot${uploaded ? ' photo-slot--done' : ''}`} aria-label={label}>
      <Text className="photo-slot__label">{label}</Text>
      {uploaded ? (
        previewPath ? (
          <Image
            className="photo-slot__preview"
            src={previewPath}
            mode="aspectFit"
            aria-label={`${label}预览`}
            nativeProps={{ alt: `${label}预览` }}
          />
        ) : (
          <Text className="photo-slot__saved">已上传</Text>
        )
      ) : null}
      {uploaded ? null : <Text className="field__hint">可以当场拍照，也可以从相册里选</Text>}
      <FieldError message={error} />
      <View className="photo-slot__actions">
        {uploaded ? (
          <>
            <Button onClick={onPick} loading={busy} label={`重拍${label}`}>
              重拍
            </Button>
            <Button onClick={onDelete} disabled={busy} label={`删除${label}`}>
              删除
            </Button>
          </>
        ) : (
          // The spoken name begins with the button's own word, so voice control finds it by what it says.
          <Button onClick={onPick} loading={busy} label={`${busy ? '上传中' : '上传'}${label}`}>
            {busy ? '上传中' : '上传'}
          </Button>
        )}
      </View>
    </View>
  );
}
