import vm from 'node:vm';
import { cardJson, FakeCardService } from '../../dev/fake/cards';
import { FakeKernel } from '../../dev/fake/kernel';

function setup() {
  const kernel = new FakeKernel();
  const { CardService } = new FakeCardService(kernel).globals();
  return { kernel, CardService };
}

/** One section around `widget`, built and read back: the widget's JSON. */
function widgetJson(build: (cs: ReturnType<typeof setup>['CardService']) => unknown) {
  const { CardService } = setup();
  const section = CardService.newCardSection().addWidget(build(CardService) as never);
  const card = CardService.newCardBuilder().addSection(section).build();
  const json = cardJson(card) as { sections: Array<{ widgets: unknown[] }> };
  return json.sections[0]?.widgets[0];
}

describe('fake CardService: cards', () => {
  it('builds a card with header, sections, name, footer and peek header', () => {
    const { CardService } = setup();
    const card = CardService.newCardBuilder()
      .setName('home')
      .setHeader(
        CardService.newCardHeader()
          .setTitle('Laporan Harian')
          .setSubtitle('Dinas Kominfo')
          .setImageUrl('https://example.com/logo.png')
          .setImageStyle(CardService.ImageStyle.CIRCLE)
          .setImageAltText('Logo'),
      )
      .setPeekCardHeader(CardService.newCardHeader().setTitle('Intip'))
      .addSection(
        CardService.newCardSection()
          .setHeader('Ringkasan')
          .setCollapsible(true)
          .setNumUncollapsibleWidgets(1)
          .addWidget(CardService.newTextParagraph().setText('<b>3</b> laporan'))
          .addWidget(CardService.newDivider()),
      )
      .setFixedFooter(
        CardService.newFixedFooter()
          .setPrimaryButton(
            CardService.newTextButton()
              .setText('Kirim')
              .setOnClickAction(CardService.newAction().setFunctionName('onSend')),
          )
          .setSecondaryButton(
            CardService.newTextButton()
              .setText('Bantuan')
              .setOpenLink(CardService.newOpenLink().setUrl('https://example.com/help')),
          ),
      )
      .build();

    expect(cardJson(card)).toEqual({
      header: {
        title: 'Laporan Harian',
        subtitle: 'Dinas Kominfo',
        imageUrl: 'https://example.com/logo.png',
        imageType: 'CIRCLE',
        imageAltText: 'Logo',
      },
      sections: [
        {
          header: 'Ringkasan',
          collapsible: true,
          uncollapsibleWidgetsCount: 1,
          widgets: [{ textParagraph: { text: '<b>3</b> laporan' } }, { divider: {} }],
        },
      ],
      name: 'home',
      fixedFooter: {
        primaryButton: { text: 'Kirim', onClick: { action: { function: 'onSend' } } },
        secondaryButton: {
          text: 'Bantuan',
          onClick: { openLink: { url: 'https://example.com/help' } },
        },
      },
      peekCardHeader: { title: 'Intip' },
    });
    expect(JSON.parse(card.printJson())).toEqual(cardJson(card));
  });

  it('records decorated text with labels, icon, wrap, button and click', () => {
    expect(
      widgetJson((cs) =>
        cs
          .newDecoratedText()
          .setTopLabel('Unit')
          .setText('Bidang Aptika')
          .setBottomLabel('3 laporan')
          .setWrapText(true)
          .setStartIcon(cs.newIconImage().setIcon(cs.Icon.EMAIL).setAltText('surel'))
          .setButton(
            cs
              .newTextButton()
              .setText('Buka')
              .setTextButtonStyle(cs.TextButtonStyle.FILLED)
              .setBackgroundColor('#1a73e8')
              .setDisabled(true)
              .setOnClickAction(
                cs
                  .newAction()
                  .setFunctionName('openUnit')
                  .setParameters({ unitId: 'U-1' })
                  .setLoadIndicator(cs.LoadIndicator.SPINNER),
              ),
          )
          .setOpenLink(
            cs
              .newOpenLink()
              .setUrl('https://example.com/u/1')
              .setOpenAs(cs.OpenAs.OVERLAY)
              .setOnClose(cs.OnClose.RELOAD),
          ),
      ),
    ).toEqual({
      decoratedText: {
        topLabel: 'Unit',
        text: 'Bidang Aptika',
        bottomLabel: '3 laporan',
        wrapText: true,
        startIcon: { knownIcon: 'EMAIL', altText: 'surel' },
        button: {
          text: 'Buka',
          type: 'FILLED',
          color: { red: 0.102, green: 0.451, blue: 0.9098 },
          disabled: true,
          onClick: {
            action: {
              function: 'openUnit',
              parameters: [{ key: 'unitId', value: 'U-1' }],
              loadIndicator: 'SPINNER',
            },
          },
        },
        onClick: {
          openLink: { url: 'https://example.com/u/1', openAs: 'OVERLAY', onClose: 'RELOAD' },
        },
      },
    });
  });

  it('puts a switch control in decorated text, and KeyValue writes the same decoratedText', () => {
    expect(
      widgetJson((cs) =>
        cs
          .newDecoratedText()
          .setText('Pengingat')
          .setSwitchControl(
            cs
              .newSwitch()
              .setFieldName('remind')
              .setValue('yes')
              .setSelected(true)
              .setControlType(cs.SwitchControlType.CHECK_BOX)
              .setOnChangeAction(cs.newAction().setFunctionName('onToggle')),
          ),
      ),
    ).toEqual({
      decoratedText: {
        text: 'Pengingat',
        switchControl: {
          name: 'remind',
          value: 'yes',
          selected: true,
          onChangeAction: { function: 'onToggle' },
          controlType: 'CHECK_BOX',
        },
      },
    });
    expect(
      widgetJson((cs) =>
        cs
          .newKeyValue()
          .setTopLabel('Status')
          .setContent('Terkirim')
          .setMultiline(true)
          .setIconUrl('https://example.com/i.png'),
      ),
    ).toEqual({
      decoratedText: {
        topLabel: 'Status',
        text: 'Terkirim',
        wrapText: true,
        startIcon: { iconUrl: 'https://example.com/i.png' },
      },
    });
  });

  it('records a button list of text and image buttons', () => {
    expect(
      widgetJson((cs) =>
        cs
          .newButtonSet()
          .addButton(
            cs
              .newTextButton()
              .setText('Setujui')
              .setTextButtonStyle(cs.TextButtonStyle.TEXT)
              .setOnClickAction(cs.newAction().setFunctionName('approve')),
          )
          .addButton(
            cs
              .newImageButton()
              .setIcon(cs.Icon.INVITE)
              .setAltText('Kalender')
              .setOnClickOpenLinkAction(cs.newAction().setFunctionName('linkFor')),
          ),
      ),
    ).toEqual({
      buttonList: {
        buttons: [
          { text: 'Setujui', type: 'OUTLINED', onClick: { action: { function: 'approve' } } },
          {
            icon: { knownIcon: 'INVITE', altText: 'Kalender' },
            altText: 'Kalender',
            onClick: { openDynamicLinkAction: { function: 'linkFor' } },
          },
        ],
      },
    });
  });

  it('takes a lone TextButton as a widget: a one-button list', () => {
    expect(
      widgetJson((cs) =>
        cs.newTextButton().setText('OK').setOnClickAction(cs.newAction().setFunctionName('ok')),
      ),
    ).toEqual({
      buttonList: { buttons: [{ text: 'OK', onClick: { action: { function: 'ok' } } }] },
    });
  });

  it('records text inputs, single and multi-line, with validation and suggestions', () => {
    expect(
      widgetJson((cs) =>
        cs
          .newTextInput()
          .setFieldName('nip')
          .setTitle('NIP')
          .setHint('18 digit')
          .setValue('1980')
          .setValidation(
            cs.newValidation().setCharacterLimit(18).setInputType(cs.InputType.INTEGER),
          )
          .setSuggestions(cs.newSuggestions().addSuggestion('1980').addSuggestions(['1990'])),
      ),
    ).toEqual({
      textInput: {
        name: 'nip',
        label: 'NIP',
        hintText: '18 digit',
        value: '1980',
        type: 'SINGLE_LINE',
        initialSuggestions: { items: [{ text: '1980' }, { text: '1990' }] },
        validation: { characterLimit: 18, inputType: 'INTEGER' },
      },
    });
    expect(
      widgetJson((cs) =>
        cs
          .newTextInput()
          .setFieldName('catatan')
          .setHint('Catatan')
          .setMultiline(true)
          .setOnChangeAction(cs.newAction().setFunctionName('onNote')),
      ),
    ).toEqual({
      textInput: {
        name: 'catatan',
        hintText: 'Catatan',
        type: 'MULTIPLE_LINE',
        onChangeAction: { function: 'onNote' },
      },
    });
  });

  it('records selection inputs with their type and items', () => {
    expect(
      widgetJson((cs) =>
        cs
          .newSelectionInput()
          .setType(cs.SelectionInputType.DROPDOWN)
          .setFieldName('unit')
          .setTitle('Unit')
          .addItem('Aptika', 'U1', true)
          .addItem('IKP', 2, false),
      ),
    ).toEqual({
      selectionInput: {
        name: 'unit',
        label: 'Unit',
        type: 'DROPDOWN',
        items: [
          { text: 'Aptika', value: 'U1', selected: true },
          { text: 'IKP', value: '2', selected: false },
        ],
      },
    });
  });

  it('records the three pickers as dateTimePicker types', () => {
    expect(
      widgetJson((cs) =>
        cs
          .newDateTimePicker()
          .setFieldName('mulai')
          .setTitle('Mulai')
          .setValueInMsSinceEpoch(1_763_859_600_000)
          .setTimeZoneOffsetInMins(420),
      ),
    ).toEqual({
      dateTimePicker: {
        name: 'mulai',
        label: 'Mulai',
        type: 'DATE_AND_TIME',
        valueMsEpoch: 1_763_859_600_000,
        timezoneOffsetDate: 420,
      },
    });
    expect(
      widgetJson((cs) =>
        cs
          .newDatePicker()
          .setFieldName('tgl')
          .setTitle('Tanggal')
          .setValueInMsSinceEpoch('86400000'),
      ),
    ).toEqual({
      dateTimePicker: {
        name: 'tgl',
        label: 'Tanggal',
        type: 'DATE_ONLY',
        valueMsEpoch: 86_400_000,
      },
    });
    expect(
      widgetJson((cs) => cs.newTimePicker().setFieldName('jam').setHours(12).setMinutes(30)),
    ).toEqual({
      dateTimePicker: { name: 'jam', type: 'TIME_ONLY', valueMsEpoch: 45_000_000 },
    });
  });

  it('records images and grids', () => {
    expect(
      widgetJson((cs) =>
        cs
          .newImage()
          .setImageUrl('https://example.com/a.png')
          .setAltText('Grafik')
          .setOnClickAction(cs.newAction().setFunctionName('zoom')),
      ),
    ).toEqual({
      image: {
        imageUrl: 'https://example.com/a.png',
        altText: 'Grafik',
        onClick: { action: { function: 'zoom' } },
      },
    });
    expect(
      widgetJson((cs) =>
        cs
          .newGrid()
          .setTitle('Indikator')
          .setNumColumns(2)
          .addItem(
            cs
              .newGridItem()
              .setIdentifier('i1')
              .setTitle('Domain 1')
              .setImage(
                cs
                  .newImageComponent()
                  .setImageUrl('https://example.com/d1.png')
                  .setCropStyle(cs.newImageCropStyle().setImageCropType(cs.ImageCropType.CIRCLE)),
              ),
          )
          .setOnClickAction(cs.newAction().setFunctionName('openDomain')),
      ),
    ).toEqual({
      grid: {
        title: 'Indikator',
        items: [
          {
            id: 'i1',
            title: 'Domain 1',
            image: { imageUri: 'https://example.com/d1.png', cropStyle: { type: 'CIRCLE' } },
          },
        ],
        columnCount: 2,
        onClick: { action: { function: 'openDomain' } },
      },
    });
  });

  it('records card actions', () => {
    const { CardService } = setup();
    const card = CardService.newCardBuilder()
      .addCardAction(
        CardService.newCardAction()
          .setText('Pengaturan')
          .setOnClickAction(CardService.newAction().setFunctionName('settings')),
      )
      .addSection(CardService.newCardSection().addWidget(CardService.newDivider()))
      .build();
    expect(cardJson(card)).toMatchObject({
      cardActions: [{ actionLabel: 'Pengaturan', onClick: { action: { function: 'settings' } } }],
    });
  });

  it('takes widget changes made after addWidget, until build', () => {
    const { CardService } = setup();
    const text = CardService.newTextParagraph().setText('lama');
    const builder = CardService.newCardBuilder().addSection(
      CardService.newCardSection().addWidget(text),
    );
    text.setText('baru');
    const card = builder.build();
    text.setText('sesudah build');
    expect(cardJson(card)).toEqual({
      sections: [{ widgets: [{ textParagraph: { text: 'baru' } }] }],
    });
  });

  it('ignores a secondary footer button set before the primary, as Google documents', () => {
    const { CardService } = setup();
    const button = (label: string) =>
      CardService.newTextButton()
        .setText(label)
        .setOnClickAction(CardService.newAction().setFunctionName('f'));
    const footer = CardService.newFixedFooter()
      .setSecondaryButton(button('dua'))
      .setPrimaryButton(button('satu'));
    const card = CardService.newCardBuilder()
      .addSection(CardService.newCardSection().addWidget(CardService.newDivider()))
      .setFixedFooter(footer)
      .build();
    expect(cardJson(card)).toMatchObject({
      fixedFooter: { primaryButton: { text: 'satu' } },
    });
    expect((cardJson(card) as { fixedFooter: object }).fixedFooter).not.toHaveProperty(
      'secondaryButton',
    );
  });
});

describe('fake CardService: validation', () => {
  const invalid = (fn: () => unknown, message: string | RegExp) => {
    try {
      fn();
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect((e as { kind: string }).kind).toBe('INVALID_ARGUMENT');
      expect((e as Error).message).toMatch(message);
      return;
    }
    throw new Error('expected an INVALID_ARGUMENT error');
  };

  it('rejects a card with no sections and a section with no widgets', () => {
    const { CardService } = setup();
    invalid(() => CardService.newCardBuilder().build(), /at least one section/);
    invalid(
      () => CardService.newCardBuilder().addSection(CardService.newCardSection()).build(),
      /at least one widget/,
    );
  });

  it('rejects an action without a function name, at build', () => {
    const { CardService } = setup();
    const button = CardService.newTextButton()
      .setText('x')
      .setOnClickAction(CardService.newAction());
    const builder = CardService.newCardBuilder().addSection(
      CardService.newCardSection().addWidget(CardService.newButtonSet().addButton(button)),
    );
    invalid(() => builder.build(), /function name is required/);
  });

  it('rejects non-string parameter values, like Google', () => {
    const { CardService } = setup();
    invalid(
      () => CardService.newAction().setParameters({ id: 7 } as unknown as Record<string, string>),
      /parameter "id" must be a string/,
    );
  });

  it('rejects buttons without text or click, inputs without a name, and bad enums', () => {
    const { CardService } = setup();
    const build = (widget: unknown) =>
      CardService.newCardBuilder()
        .addSection(CardService.newCardSection().addWidget(widget as never))
        .build();
    invalid(
      () =>
        build(
          CardService.newButtonSet().addButton(
            CardService.newTextButton().setOnClickAction(
              CardService.newAction().setFunctionName('f'),
            ),
          ),
        ),
      /text is required/,
    );
    invalid(
      () => build(CardService.newButtonSet().addButton(CardService.newTextButton().setText('x'))),
      /needs an action or a link/,
    );
    invalid(() => build(CardService.newTextInput().setTitle('Nama')), /fieldName is required/);
    invalid(() => build(CardService.newTextInput().setFieldName('n')), /title or a hint/);
    invalid(() => build(CardService.newDecoratedText().setTopLabel('x')), /text is required/);
    invalid(() => CardService.newSelectionInput().setType('LIST'), /SelectionInputType: LIST/);
    invalid(() => CardService.newTextButton().setBackgroundColor('blue'), /#RRGGBB/);
    invalid(
      () => CardService.newCardSection().addWidget(CardService.newAction() as never),
      /expects a widget/,
    );
    invalid(() => CardService.newTimePicker().setHours(24), /0-23/);
  });

  it('rejects a header without a title and an open link without a URL', () => {
    const { CardService } = setup();
    const section = CardService.newCardSection().addWidget(CardService.newDivider());
    invalid(
      () =>
        CardService.newCardBuilder()
          .setHeader(CardService.newCardHeader().setSubtitle('x'))
          .addSection(section)
          .build(),
      /title is required/,
    );
    invalid(
      () =>
        CardService.newCardBuilder()
          .addSection(
            CardService.newCardSection().addWidget(
              CardService.newImage().setImageUrl('u').setOpenLink(CardService.newOpenLink()),
            ),
          )
          .build(),
      /url is required/,
    );
  });
});

describe('fake CardService: kernel integration', () => {
  it('counts every call by Class.method and injects faults there', () => {
    const { kernel, CardService } = setup();
    CardService.newCardBuilder()
      .addSection(CardService.newCardSection().addWidget(CardService.newDivider()))
      .build();
    expect(kernel.counters()).toEqual({
      'CardBuilder.addSection': 1,
      'CardBuilder.build': 1,
      'CardSection.addWidget': 1,
      'CardService.newCardBuilder': 1,
      'CardService.newCardSection': 1,
      'CardService.newDivider': 1,
    });
    kernel.injectFault({ method: 'CardBuilder.build', nth: 1, error: 'SERVER_ERROR' });
    expect(() =>
      CardService.newCardBuilder()
        .addSection(CardService.newCardSection().addWidget(CardService.newDivider()))
        .build(),
    ).toThrow("We're sorry, a server error occurred.");
  });

  it('keeps no state to save', () => {
    const service = new FakeCardService(new FakeKernel());
    expect(service.snapshot()).toEqual({});
    expect(() => service.restore({})).not.toThrow();
  });

  it('works for code running in a node:vm realm', () => {
    const { CardService } = setup();
    const context = vm.createContext({ CardService });
    const card = vm.runInContext(
      `CardService.newCardBuilder()
        .setHeader(CardService.newCardHeader().setTitle('Halo'))
        .addSection(CardService.newCardSection().addWidget(
          CardService.newTextParagraph().setText('dari vm')))
        .build()`,
      context,
    );
    expect(cardJson(card)).toEqual({
      header: { title: 'Halo' },
      sections: [{ widgets: [{ textParagraph: { text: 'dari vm' } }] }],
    });
    const message = vm.runInContext(
      `try { CardService.newCardBuilder().build(); '' } catch (e) { e.name + ': ' + e.message }`,
      context,
    );
    expect(message).toBe(
      'Exception: Invalid argument: CardBuilder: a card needs at least one section',
    );
  });
});
