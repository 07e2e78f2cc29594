import { Text, View } from '@tarojs/components';
import { Page } from '@/features/shell';
import type { LegalDocument } from '../documents';
import './LegalText.scss';

/** One legal text as a plain, readable page: headings and paragraphs, no controls. */
export function LegalText({ document }: { document: LegalDocument }) {
  return (
    <Page className="legal">
      <View className="page__title" role="heading" aria-level={1}>
        {document.title}
      </View>
      <Text className="hint">版本：{document.version}</Text>
      {document.sections.map((section) => (
        <View key={section.heading} className="legal__section">
          <View className="legal__heading" role="heading" aria-level={2}>
            {section.heading}
          </View>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} className="legal__paragraph">
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
    </Page>
  );
}
