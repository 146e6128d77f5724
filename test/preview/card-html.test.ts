import { cardJson, FakeCardService } from '../../dev/fake/cards';
import { FakeKernel } from '../../dev/fake/kernel';
import { CARD_CSS, formatCardText, renderCardHtml } from '../../dev/preview/card-html';

const card = (widgets: unknown[], extra: Record<string, unknown> = {}) => ({
  sections: [{ widgets }],
  ...extra,
});

describe('formatCardText', () => {
  it('keeps the formatting Google allows', () => {
    expect(
      formatCardText(
        '<b>tebal</b> <i>miring</i> <u>garis</u><br><font color="#ff0000">merah</font> ' +
          '<a href="https://example.com/?a=1&amp;b=2">tautan</a>',
      ),
    ).toBe(
      '<b>tebal</b> <i>miring</i> <u>garis</u><br><span style="color:#ff0000">merah</span> ' +
        '<a href="https://example.com/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">tautan</a>',
    );
  });

  it('escapes every other tag and drops unsafe attributes', () => {
    expect(formatCardText('<script>alert(1)</script>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(formatCardText('<b onmouseover="x()">b</b>')).toBe('<b>b</b>');
    expect(formatCardText('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(formatCardText('<font color="red;background:url(x)">x</font>')).toBe('<span>x</span>');
    expect(formatCardText('<scr<b>ipt>')).toBe('&lt;scr<b>ipt&gt;</b>');
  });

  it('refuses script and data links, even disguised with entities', () => {
    for (const href of [
      'javascript:alert(1)',
      'java&#x09;script:alert(1)',
      ' JAVASCRIPT:x',
      'data:text/html,x',
    ]) {
      expect(formatCardText(`<a href="${href}">x</a>`)).toBe('x');
    }
  });

  it('balances tags so hostile text cannot leave one open', () => {
    expect(formatCardText('<b><i>x</b> y')).toBe('<b><i>x</i></b> y');
    expect(formatCardText('<a href="https://e.com">x')).toBe(
      '<a href="https://e.com" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(formatCardText('</b>x')).toBe('x');
  });

  it('keeps well-formed entities and escapes bare ampersands and quotes', () => {
    expect(formatCardText('A &amp; B & C &#8226; "q" \'s\'')).toBe(
      'A &amp; B &amp; C &#8226; &quot;q&quot; &#39;s&#39;',
    );
  });
});

describe('renderCardHtml', () => {
  it('draws the header, sections and fixed footer', () => {
    const html = renderCardHtml(
      card([{ textParagraph: { text: 'Halo' } }], {
        header: {
          title: 'Laporan',
          subtitle: 'Kominfo',
          imageUrl: 'https://e.com/l.png',
          imageType: 'CIRCLE',
          imageAltText: 'Logo',
        },
        name: 'home',
        fixedFooter: {
          primaryButton: { text: 'Kirim', onClick: { action: { function: 'send' } } },
          secondaryButton: { text: 'Bantuan', onClick: { openLink: { url: 'https://e.com/h' } } },
        },
      }),
    );
    expect(html).toContain(
      '<form class="gw-card" novalidate aria-label="Laporan" data-card-name="home">',
    );
    expect(html).toContain('<h1 class="card-title">Laporan</h1>');
    expect(html).toContain('<p class="card-subtitle">Kominfo</p>');
    expect(html).toContain(
      '<img class="header-image circle" src="https://e.com/l.png" alt="Logo">',
    );
    expect(html).toMatch(
      /<footer class="card-footer"><a href="https:\/\/e.com\/h"[^>]*>.*Bantuan.*<\/a><button type="button"[^>]*data-function="send"[^>]*>.*Kirim/,
    );
  });

  it('renders buttons with their function and parameters, and links as anchors', () => {
    const html = renderCardHtml(
      card([
        {
          buttonList: {
            buttons: [
              {
                text: 'Buka',
                type: 'FILLED',
                onClick: {
                  action: {
                    function: 'openUnit',
                    parameters: [{ key: 'k', value: 'v' }],
                    loadIndicator: 'SPINNER',
                  },
                },
              },
              { text: 'Situs', onClick: { openLink: { url: 'https://e.com', openAs: 'OVERLAY' } } },
              { text: 'Mati', disabled: true, onClick: { action: { function: 'x' } } },
              { text: 'Jahat', onClick: { openLink: { url: 'javascript:alert(1)' } } },
            ],
          },
        },
      ]),
    );
    expect(html).toContain(
      `<button type="button" class="btn btn-filled" data-function="openUnit" data-parameters='{"k":"v"}' data-load-indicator="SPINNER"><span>Buka</span></button>`,
    );
    expect(html).toContain(
      '<a href="https://e.com" target="_blank" rel="noopener noreferrer" class="btn btn-outlined" data-open-as="OVERLAY"><span>Situs</span></a>',
    );
    expect(html).toContain(
      '<button type="button" disabled class="btn btn-outlined"><span>Mati</span></button>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('aria-disabled="true"');
  });

  it('renders inputs as real form fields with their names', () => {
    const html = renderCardHtml(
      card([
        {
          textInput: {
            name: 'nip',
            label: 'NIP',
            hintText: '18 digit',
            value: '1',
            type: 'SINGLE_LINE',
          },
        },
        { textInput: { name: 'cat', hintText: 'Catatan', type: 'MULTIPLE_LINE', value: '<x>' } },
        {
          selectionInput: {
            name: 'unit',
            label: 'Unit',
            type: 'DROPDOWN',
            items: [
              { text: 'A', value: 'a', selected: false },
              { text: 'B', value: 'b', selected: true },
            ],
          },
        },
        {
          selectionInput: {
            name: 'hadir',
            type: 'RADIO_BUTTON',
            items: [{ text: 'Ya', value: 'y', selected: true }],
          },
        },
        { selectionInput: { name: 'opsi', type: 'CHECK_BOX', items: [{ text: 'X', value: 'x' }] } },
        { selectionInput: { name: 'aktif', type: 'SWITCH', items: [{ text: 'On', value: '1' }] } },
        {
          dateTimePicker: {
            name: 'mulai',
            label: 'Mulai',
            type: 'DATE_AND_TIME',
            valueMsEpoch: Date.UTC(2026, 10, 23, 1, 0),
            timezoneOffsetDate: 420,
          },
        },
        {
          dateTimePicker: { name: 'tgl', type: 'DATE_ONLY', valueMsEpoch: Date.UTC(2026, 10, 23) },
        },
        { dateTimePicker: { name: 'jam', type: 'TIME_ONLY', valueMsEpoch: 45_000_000 } },
      ]),
    );
    expect(html).toContain('<label for="f-1">NIP</label>');
    expect(html).toContain(
      '<input id="f-1" type="text" name="nip" aria-describedby="f-1-hint" value="1">',
    );
    expect(html).toContain('<div class="hint" id="f-1-hint">18 digit</div>');
    expect(html).toMatch(
      /<textarea id="f-2" name="cat" aria-label="Catatan"[^>]*>&lt;x&gt;<\/textarea>/,
    );
    expect(html).toContain('<select id="f-3" name="unit">');
    expect(html).toContain('<option value="b" selected>B</option>');
    expect(html).toContain('<input type="radio" name="hadir" value="y" checked>');
    expect(html).toContain('<input type="checkbox" name="opsi" value="x">');
    expect(html).toContain('<input type="checkbox" role="switch" name="aktif" value="1">');
    expect(html).toContain('type="datetime-local" name="mulai" value="2026-11-23T08:00"');
    expect(html).toContain('type="date" name="tgl" value="2026-11-23"');
    expect(html).toContain('type="time" name="jam" value="12:30"');
  });

  it('renders decorated text, dividers, images and grids', () => {
    const html = renderCardHtml(
      card([
        {
          decoratedText: {
            topLabel: 'Unit',
            text: '<b>Aptika</b>',
            bottomLabel: 'bawah',
            startIcon: { knownIcon: 'EMAIL', altText: 'surel' },
            switchControl: { name: 'ingat', value: 'y', selected: true, controlType: 'SWITCH' },
            onClick: { action: { function: 'open' } },
          },
        },
        { divider: {} },
        { image: { imageUrl: 'https://e.com/i.png', altText: 'Grafik' } },
        {
          grid: {
            title: 'Domain',
            columnCount: 2,
            items: [{ id: 'd1', title: 'Satu', image: { imageUri: 'https://e.com/1.png' } }],
            onClick: { action: { function: 'pick' } },
          },
        },
      ]),
    );
    expect(html).toContain(
      '<span class="icon icon-glyph" role="img" aria-label="surel" title="EMAIL">✉</span>',
    );
    expect(html).toContain(
      `<button type="button" class="deco-body" data-function="open" data-parameters='{}'><span class="deco-top">Unit</span><span class="deco-text nowrap"><b>Aptika</b></span><span class="deco-bottom">bawah</span></button>`,
    );
    expect(html).toContain('role="switch" name="ingat" value="y" checked aria-label="Aptika">');
    expect(html).toContain('<hr class="w w-divider">');
    expect(html).toContain('<img src="https://e.com/i.png" alt="Grafik">');
    expect(html).toContain('data-grid-item-id="d1"');
    expect(html).toContain('grid-template-columns:repeat(2,1fr)');
  });

  it('collapses widgets past the uncollapsible count', () => {
    const html = renderCardHtml({
      sections: [
        {
          header: 'Rinci',
          collapsible: true,
          uncollapsibleWidgetsCount: 1,
          widgets: [{ textParagraph: { text: 'satu' } }, { textParagraph: { text: 'dua' } }],
        },
      ],
    });
    expect(html).toContain('<h2 class="section-header" id="s-1">Rinci</h2>');
    expect(html).toMatch(
      /satu<\/div><details class="more"><summary>Tampilkan lebih banyak<\/summary>.*dua/,
    );
  });

  it('escapes hostile text everywhere it can appear', () => {
    const evil = '"><script>alert(1)</script>" onmouseover="alert(2)';
    const html = renderCardHtml({
      name: evil,
      header: { title: evil, subtitle: evil, imageUrl: `javascript:${evil}` },
      sections: [
        {
          header: evil,
          widgets: [
            { textParagraph: { text: evil } },
            { decoratedText: { text: evil, topLabel: evil, bottomLabel: evil } },
            {
              buttonList: {
                buttons: [
                  {
                    text: evil,
                    onClick: {
                      action: { function: evil, parameters: [{ key: evil, value: evil }] },
                    },
                  },
                ],
              },
            },
            { textInput: { name: evil, label: evil, hintText: evil, value: evil } },
            {
              selectionInput: {
                name: evil,
                label: evil,
                type: 'DROPDOWN',
                items: [{ text: evil, value: evil }],
              },
            },
            { image: { imageUrl: evil, altText: evil } },
            { [evil]: {} },
          ],
        },
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/" onmouseover=/);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;');
    // The parameters still reach the preview intact once the attribute is decoded.
    const attr = /data-parameters='([^']*)'/.exec(html)?.[1] ?? '';
    const decoded = attr
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual({ [evil]: evil });
  });

  it('notes unknown widgets instead of failing, and rejects non-cards', () => {
    const html = renderCardHtml(card([{ columns: { columnItems: [] } }, {}, null]));
    expect(html).toContain('[widget tidak dikenal: columns]');
    expect(html).toContain('[widget tidak dikenal: (kosong)]');
    expect(renderCardHtml(null)).toContain('[kartu tidak valid]');
    expect(renderCardHtml('x')).toContain('[kartu tidak valid]');
  });

  it('draws what the fake CardService builds', () => {
    const { CardService } = new FakeCardService(new FakeKernel()).globals();
    const built = CardService.newCardBuilder()
      .setHeader(CardService.newCardHeader().setTitle('Agenda'))
      .addSection(
        CardService.newCardSection()
          .addWidget(CardService.newTextParagraph().setText('Rapat <b>pagi</b>'))
          .addWidget(
            CardService.newButtonSet().addButton(
              CardService.newTextButton()
                .setText('Verifikasi')
                .setOnClickAction(
                  CardService.newAction().setFunctionName('verify').setParameters({ id: 'E1' }),
                ),
            ),
          ),
      )
      .build();
    const html = renderCardHtml(cardJson(built));
    expect(html).toContain('Rapat <b>pagi</b>');
    expect(html).toContain(`data-function="verify" data-parameters='{"id":"E1"}'`);
  });

  it('ships panel CSS sized like the add-on side panel', () => {
    expect(CARD_CSS).toContain('max-width:360px');
    expect(CARD_CSS).toContain('@media');
  });
});
